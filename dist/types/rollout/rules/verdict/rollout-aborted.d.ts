/** The controller gave up on the update (a failed analysis, a failed experiment or a user's abort) and went back to stable. */
export declare const rolloutAborted: import("../../cluster/verdict-rule.js").VerdictRule<"rollout-aborted">;
