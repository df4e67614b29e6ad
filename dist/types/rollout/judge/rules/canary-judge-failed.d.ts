import { type JudgeRule } from './judge-rule.js';
/** The judge's Fail: a score below the marginal score, or one forced to 0 by a critical metric or missing data. */
export declare const canaryJudgeFailed: JudgeRule;
