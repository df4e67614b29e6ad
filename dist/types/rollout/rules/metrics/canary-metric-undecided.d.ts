/**
 * A template metric the check could not decide: its conditions fall outside the expression subset it evaluates, the
 * query returned no data the condition can handle, an arg has no value, the template could not be read, or the
 * conditions leave it Inconclusive. A notice, never a guess: the controller's own AnalysisRun still rules.
 */
export declare const canaryMetricUndecided: import("../../metrics/metric-rule.js").MetricRule<"canary-metric-undecided">;
