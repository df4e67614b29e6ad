/** R19: dry-run metrics are measured but never affect the run's phase, so a template of only those gates nothing. */
export declare const allMetricsDryRun: import("../../lint/lint-rule.js").LintRule<"all-metrics-dry-run">;
