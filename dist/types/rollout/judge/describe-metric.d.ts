import type { MetricJudgement } from './judge-result.js';
/** `latency High (canary mean 0.42, stable mean 0.21, mean ratio 2, shift 0.2 with 98% CI 0.18 to 0.23)`. */
export declare function describeMetric(metric: MetricJudgement): string;
/** The metrics that count against the score: High, Low and NoDataFail. */
export declare function failingMetrics(metrics: readonly MetricJudgement[]): MetricJudgement[];
