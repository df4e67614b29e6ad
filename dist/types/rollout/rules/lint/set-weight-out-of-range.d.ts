/** R2: the controller rejects the spec ("SetWeight needs to be between 0 and %d"), so the Rollout goes Degraded. */
export declare const setWeightOutOfRange: import("../../lint/lint-rule.js").LintRule<"set-weight-out-of-range">;
