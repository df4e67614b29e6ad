/**
 * The check's own measurement of a template metric fails its conditions. It is reported even when the controller's
 * AnalysisRun passed: a failureLimit or a sampling interval can let a bad canary through, and the gate should
 * say what the metric reads when the wait ends.
 */
export declare const canaryMetricFailed: import("../../metrics/metric-rule.js").MetricRule<"canary-metric-failed">;
