import type { Category, Severity } from '../core/finding.js';
import type { AnalysedPlan, PlanFeature } from './plan/analysed-plan.js';
import type { PlanNode } from './plan/plan-node.js';
/** A JSON Schema fragment describing one rule option, used to validate the config file. */
export type OptionSchema = Record<string, unknown>;
export interface PlanRuleMeta {
    id: string;
    category: Category;
    /** Default severity; the config may change it or turn the rule off. A rule may grade a finding higher itself. */
    severity: Severity;
    /** One sentence: what the rule reports. */
    description: string;
    /** Option name (kebab-case, as written in the config file) → its schema. */
    options?: Record<string, OptionSchema>;
    /** What EXPLAIN must have been run with; without it the rule is listed as not run. */
    needs: readonly PlanFeature[];
    /** A more specific rule whose finding on the same node makes this one redundant. */
    supersededBy?: readonly string[];
}
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
/** A plan rule reads the normalised plan and reports; it never formats output or touches files. */
export interface PlanRule<Options> {
    meta: PlanRuleMeta;
    defaultOptions: Options;
    check(context: PlanRuleContext<Options>): void;
}
/** Identity helper that keeps each rule's option type while the registry holds them side by side. */
export declare function definePlanRule<Options>(rule: PlanRule<Options>): PlanRule<Options>;
