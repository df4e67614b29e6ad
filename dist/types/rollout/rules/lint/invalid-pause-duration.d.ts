/** R6: the controller rejects a negative or unparsable duration, and the Rollout goes Degraded (InvalidSpec). */
export declare const invalidPauseDuration: import("../../lint/lint-rule.js").LintRule<"invalid-pause-duration">;
