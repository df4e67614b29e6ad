import { canaryJudgeFailed } from './canary-judge-failed.js';
import { canaryJudgeMarginal } from './canary-judge-marginal.js';
import type { JudgeRule } from '../../judge/judge-rule.js';

/** The verdicts on the canary judge's result, alphabetically; a result matches at most one. */
export const JUDGE_RULES: readonly JudgeRule[] = [canaryJudgeFailed, canaryJudgeMarginal];
