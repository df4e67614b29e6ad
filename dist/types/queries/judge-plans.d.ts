import type { Severity } from '../core/finding.js';
import { type RuleSettings } from '../core/rules/settings.js';
import { type AnalysedPlan, type PlanFeature } from './plan/analysed-plan.js';
import type { RawPlanDocument } from './plan/read-plan-input.js';
import type { PlanReport, PlanRule } from './plan-rule.js';
export interface MissingFeature {
    rule: string;
    needs: PlanFeature[];
}
/** One rule's report with the severity it ends up with; the caller decides where in which file it points. */
export interface JudgedReport {
    rule: PlanRule;
    report: PlanReport;
    severity: Severity;
}
export interface PlanJudgement {
    reports: JudgedReport[];
    plans: AnalysedPlan[];
    /** Rules that could not judge at least one of the plans, with what EXPLAIN lacked. */
    notRun: MissingFeature[];
}
/**
 * Runs the plan rules over parsed EXPLAIN documents, whether read from a saved file or just returned by a server.
 * Node ordinals continue across the documents, so a finding's node is the same one its location search finds.
 */
export declare function judgePlans(documents: readonly RawPlanDocument[], rules: RuleSettings, ruleList?: readonly PlanRule[]): PlanJudgement;
