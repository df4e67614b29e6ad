/** A fast rollback to the stable template also ends Healthy, so Healthy alone does not prove the new image runs. */
export declare const rolloutRolledBack: import("../../cluster/verdict-rule.js").VerdictRule<"rollout-rolled-back">;
