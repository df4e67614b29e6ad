import type { VerdictReport, VerdictRuleMeta } from '../cluster/verdict-rule.js';
import type { JudgeResult } from './judge-result.js';

export interface JudgeContext {
  /** What was judged, for the message (e.g. the Rollout `shop/web`); absent → just "Canary judge". */
  subject?: string;
}

/** A verdict on the canary judge's result; the rollout check makes the finding (with `releaseFinding`). */
export interface JudgeRule {
  meta: VerdictRuleMeta;
  check(result: JudgeResult, context: JudgeContext): VerdictReport | undefined;
}

/** `Canary judge of shop/web` or `Canary judge`. */
export function judgeName(context: JudgeContext): string {
  return context.subject ? `Canary judge of ${context.subject}` : 'Canary judge';
}
