import type { Finding } from '../core/finding.js';
import type { RuleSettings } from '../review/review-source.js';
import { type AnalysedPlan, type PlanFeature } from './plan/analysed-plan.js';
import type { PlanRule } from './plan-rule.js';
export interface MissingFeature {
    rule: string;
    needs: PlanFeature[];
}
export interface PlanFileAudit {
    findings: Finding[];
    plans: AnalysedPlan[];
    /** Rules that could not judge at least one plan of the file, with what EXPLAIN lacked. */
    notRun: MissingFeature[];
}
/**
 * Audits one saved plan file. `file` is repository-relative and names the findings; `text` is the file's content.
 * A file that is not a plan throws a UsageError naming it.
 */
export declare function auditPlanFile(file: string, text: string, rules: RuleSettings, ruleList?: readonly PlanRule<unknown>[]): PlanFileAudit;
