/** Degraded for any reason but an abort (InvalidSpec, ProgressDeadlineExceeded); an abort is rollout-aborted alone. */
export declare const rolloutDegraded: import("../../cluster/verdict-rule.js").VerdictRule<"rollout-degraded">;
