/** Flagger rolled the canary back (failed checks reached the threshold, or the progress deadline passed). */
export declare const flaggerCanaryFailed: import("../../cluster/verdict-rule.js").VerdictRule<"flagger-canary-failed">;
