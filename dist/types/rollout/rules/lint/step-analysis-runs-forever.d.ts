/**
 * R10: a metric with an interval and no count measures until stopped. Background analysis is stopped by the
 * controller, but a step or pre/post-promotion analysis must end on its own, so the controller rejects it.
 */
export declare const stepAnalysisRunsForever: import("../../lint/lint-rule.js").LintRule<"step-analysis-runs-forever">;
