/** R21: by default a passed progress deadline only marks the Rollout Degraded and leaves the canary serving. */
export declare const progressDeadlineNoAbort: import("../../lint/lint-rule.js").LintRule<"progress-deadline-no-abort">;
