import type { Severity } from '../core/finding.js';
import { type Rule } from '../core/rules/rule.js';
import type { AnalysedPlan, PlanFeature } from './plan/analysed-plan.js';
import type { PlanNode } from './plan/plan-node.js';
export interface PlanReport {
    /** The node the finding is about; absent for plan-wide findings (settings, triggers, timings). */
    node?: PlanNode;
    message: string;
    suggestion?: string;
    /** Overrides the default severity for this finding (graded rules); the config's severity still wins. */
    severity?: Severity;
    data?: Record<string, unknown>;
}
export interface PlanRuleContext<Options> {
    readonly plan: AnalysedPlan;
    readonly options: Options;
    report(report: PlanReport): void;
}
/** How a plan rule checks: it reads the normalised plan and reports; it never formats output or touches files. */
export interface PlanCheck<Options> {
    /** What EXPLAIN must have been run with; without it the rule is listed as not run. */
    readonly needs: readonly PlanFeature[];
    /** A more specific rule whose finding on the same node makes this one redundant. */
    readonly supersededBy?: readonly string[];
    check(context: PlanRuleContext<Options>): void;
}
export type PlanRule<Options extends object = any, Id extends string = string> = Rule<PlanCheck<Options>, Options, Id>;
/** A plan rule, its option types taken from `defaultOptions` and its id kept for the registry's check. */
export declare function definePlanRule<Id extends string, Options extends object>(rule: PlanRule<Options, Id>): PlanRule<Options, Id>;
