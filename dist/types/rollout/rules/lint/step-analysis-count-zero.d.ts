/** R11: the analysis docs say a step analysis metric with count 0 is never executed, so the step checks nothing. */
export declare const stepAnalysisCountZero: import("../../lint/lint-rule.js").LintRule<"step-analysis-count-zero">;
