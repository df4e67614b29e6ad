/**
 * R14: what argo-rollouts' ValidateMetric / ValidateMetrics refuse; the AnalysisRun then ends in Error ("Analysis spec
 * invalid") and the Rollout aborts before measuring anything. Limits written as `{{args.x}}` are resolved only at run
 * time and are not judged here.
 */
export declare const invalidMetricSpec: import("../../lint/lint-rule.js").LintRule<"invalid-metric-spec">;
