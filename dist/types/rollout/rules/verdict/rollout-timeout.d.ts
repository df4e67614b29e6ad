/** The check's own timeout: the controller never times out a pause or an analysis step, so nothing else ends the wait. */
export declare const rolloutTimeout: import("../../cluster/verdict-rule.js").VerdictRule<"rollout-timeout">;
