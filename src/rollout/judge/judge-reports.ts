import type { VerdictReport, VerdictRuleMeta } from '../cluster/verdict-rule.js';
import type { JudgeResult } from './judge-result.js';
import { JUDGE_RULES } from '../rules/judge/index.js';

export interface JudgeRuleReport {
  meta: VerdictRuleMeta;
  report: VerdictReport;
}

/**
 * What the judge rules say about a result: nothing when it passed, else one report (failed or marginal).
 * `subject` names what was judged in the message, e.g. the Rollout `shop/web`.
 */
export function judgeReports(result: JudgeResult, subject?: string): JudgeRuleReport[] {
  return JUDGE_RULES.flatMap((rule) => {
    const report = rule.check(result, { subject });
    return report ? [{ meta: rule.meta, report }] : [];
  });
}
