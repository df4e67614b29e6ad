import { rulesOf } from '../../core/rules/registry.js';
import type { RuleMeta } from '../../core/rules/rule.js';
import type { VerdictReport } from '../cluster/verdict-rule.js';
import { JUDGE_RULES } from '../meta.js';
import type { JudgeResult } from './judge-result.js';

export interface JudgeRuleReport {
  meta: RuleMeta;
  report: VerdictReport;
}

/**
 * What the judge rules say about a result: nothing when it passed, else one report (failed or marginal).
 * `subject` names what was judged in the message, e.g. the Rollout `shop/web`.
 */
export function judgeReports(result: JudgeResult, subject?: string): JudgeRuleReport[] {
  return rulesOf(JUDGE_RULES).flatMap((rule) => {
    const report = rule.check(result, { subject });
    return report ? [{ meta: rule.meta, report }] : [];
  });
}
