import type { MetricEvaluation } from './evaluate-template-metrics.js';
import type { MetricRule } from './metric-rule.js';
/**
 * The check's own measurement of a template metric fails its conditions. It is reported even when the controller's
 * AnalysisRun passed: a failureLimit or a sampling interval can let a bad canary through, and the gate should
 * say what the metric reads when the wait ends.
 */
export declare const canaryMetricFailed: MetricRule;
/** `successCondition 'result[0] < 0.05'` and/or `failureCondition '…'`, as the template wrote them. */
export declare function conditionsText(evaluation: MetricEvaluation): string;
