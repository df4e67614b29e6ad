/** R7: the controller rejects a step that sets no kind or several ("Step must have one of the following set"). */
export declare const invalidStep: import("../../lint/lint-rule.js").LintRule<"invalid-step">;
