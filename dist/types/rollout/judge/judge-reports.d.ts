import type { RuleMeta } from '../../core/rules/rule.js';
import type { VerdictReport } from '../cluster/verdict-rule.js';
import type { JudgeResult } from './judge-result.js';
export interface JudgeRuleReport {
    meta: RuleMeta;
    report: VerdictReport;
}
/**
 * What the judge rules say about a result: nothing when it passed, else one report (failed or marginal).
 * `subject` names what was judged in the message, e.g. the Rollout `shop/web`.
 */
export declare function judgeReports(result: JudgeResult, subject?: string): JudgeRuleReport[];
