import type { JudgeRule } from './judge-rule.js';
/** The verdicts on the canary judge's result, alphabetically; a result matches at most one. */
export declare const JUDGE_RULES: readonly JudgeRule[];
