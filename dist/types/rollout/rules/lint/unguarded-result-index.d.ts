/** R16: an empty result or NaN makes `result[0]` fail to evaluate, and the measurement errors (argo-rollouts #1466). */
export declare const unguardedResultIndex: import("../../lint/lint-rule.js").LintRule<"unguarded-result-index">;
