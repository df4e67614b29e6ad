import type { LintRule } from '../lint/lint-rule.js';
/** R2: the controller rejects the spec ("SetWeight needs to be between 0 and %d"), so the Rollout goes Degraded. */
export declare const setWeightOutOfRange: LintRule;
