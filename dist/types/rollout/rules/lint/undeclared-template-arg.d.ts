/** R17: the controller resolves `{{args.x}}` from the template's args; an undeclared one fails the AnalysisRun. */
export declare const undeclaredTemplateArg: import("../../lint/lint-rule.js").LintRule<"undeclared-template-arg">;
