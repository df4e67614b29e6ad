import { type NoOptions, type Rule } from '../../core/rules/rule.js';
import type { ReleaseMeta, VerdictReport } from '../cluster/verdict-rule.js';
import type { JudgeResult } from './judge-result.js';
export interface JudgeContext {
    /** What was judged, for the message (e.g. the Rollout `shop/web`); absent → just "Canary judge". */
    subject?: string;
}
/** How a judge rule checks: a verdict on the canary judge's result; the rollout check makes the finding (with `releaseFinding`). */
export interface JudgeCheck {
    check(result: JudgeResult, context: JudgeContext): VerdictReport | undefined;
}
export type JudgeRule<Id extends string = string> = Rule<JudgeCheck, NoOptions, Id>;
export declare function defineJudgeRule<Id extends string>(rule: {
    readonly meta: ReleaseMeta<Id>;
} & JudgeCheck): JudgeRule<Id>;
/** `Canary judge of shop/web` or `Canary judge`. */
export declare function judgeName(context: JudgeContext): string;
