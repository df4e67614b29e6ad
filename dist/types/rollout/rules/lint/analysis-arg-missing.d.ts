/** R9: an arg with no value and no valueFrom must come from the Rollout, or the AnalysisRun fails to start. */
export declare const analysisArgMissing: import("../../lint/lint-rule.js").LintRule<"analysis-arg-missing">;
