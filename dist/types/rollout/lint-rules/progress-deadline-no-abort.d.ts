import type { LintRule } from '../lint/lint-rule.js';
/** R21: by default a passed progress deadline only marks the Rollout Degraded and leaves the canary serving. */
export declare const progressDeadlineNoAbort: LintRule;
