/** R12: with neither condition, every measurement counts as Successful, so the metric never stops a bad canary. */
export declare const metricWithoutCondition: import("../../lint/lint-rule.js").LintRule<"metric-without-condition">;
