/**
 * A success or failure condition that is not valid expr-lang: the controller cannot compile it, so every measurement
 * of the metric turns Error and the AnalysisRun ends in Error. Conditions using expr-lang syntax this parser does not
 * cover (slices, pipes, map literals, …) are left alone rather than guessed at.
 */
export declare const conditionSyntaxError: import("../../lint/lint-rule.js").LintRule<"condition-syntax-error">;
