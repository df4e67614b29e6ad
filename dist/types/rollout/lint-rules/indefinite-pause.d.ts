import type { LintRule } from '../lint/lint-rule.js';
/** R5: `kubectl argo rollouts status` never exits on Paused (argo-rollouts #1389), so a CI gate waits until its timeout. */
export declare const indefinitePause: LintRule;
