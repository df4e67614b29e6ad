/** R13: the default failureLimit is 0, so one failed sample (a scrape gap, a spike) fails the metric and aborts. */
export declare const failureLimitUnset: import("../../lint/lint-rule.js").LintRule<"failure-limit-unset">;
