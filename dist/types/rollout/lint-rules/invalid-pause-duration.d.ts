import type { LintRule } from '../lint/lint-rule.js';
/** R6: the controller rejects a negative or unparsable duration, and the Rollout goes Degraded (InvalidSpec). */
export declare const invalidPauseDuration: LintRule;
