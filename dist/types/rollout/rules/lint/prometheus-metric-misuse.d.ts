/**
 * R15: a Prometheus metric without a query errors on every measurement at run time (validation does not catch it);
 * a vector result is an array, so a condition comparing `result` itself never means what it says (argo-rollouts #363).
 */
export declare const prometheusMetricMisuse: import("../../lint/lint-rule.js").LintRule<"prometheus-metric-misuse">;
