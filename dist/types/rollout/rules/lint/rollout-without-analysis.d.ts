/** R1: analysis results are what abort or pause a canary automatically; without them only the deadline can. */
export declare const rolloutWithoutAnalysis: import("../../lint/lint-rule.js").LintRule<"rollout-without-analysis">;
