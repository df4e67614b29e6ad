import type { Finding } from '../core/finding.js';
import type { RuleSettings } from '../core/rules/settings.js';
import type { AnalysedPlan } from './plan/analysed-plan.js';
import { type MissingFeature } from './judge-plans.js';
import type { PlanRule } from './plan-rule.js';
export type { MissingFeature } from './judge-plans.js';
export interface PlanFileAudit {
    findings: Finding[];
    plans: AnalysedPlan[];
    /** Rules that could not judge at least one plan of the file, with what EXPLAIN lacked. */
    notRun: MissingFeature[];
}
/**
 * Audits one saved plan file. `file` is repository-relative and names the findings; `text` is the file's content.
 * A file that is not a plan throws a UsageError naming it. Findings point at their node's `"Node Type"` key.
 */
export declare function auditPlanFile(file: string, text: string, rules: RuleSettings, ruleList?: readonly PlanRule[]): PlanFileAudit;
