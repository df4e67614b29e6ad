import { formatNumber } from './format-number.js';
import type { MetricJudgement } from './judge-result.js';

/** `latency High (canary mean 0.42, stable mean 0.21, mean ratio 2, shift 0.2 with 98% CI 0.18 to 0.23)`. */
export function describeMetric(metric: MetricJudgement): string {
  if (metric.classification === 'NoData' || metric.classification === 'NoDataFail' || metric.classification === 'Error' || metric.classification === 'Undecided') return `${metric.name} ${metric.classification} (${metric.reason})`;
  const numbers = [
    metric.canary.mean === undefined ? undefined : `canary mean ${formatNumber(metric.canary.mean)}`,
    metric.stable.mean === undefined ? undefined : `stable mean ${formatNumber(metric.stable.mean)}`,
    metric.meanRatio === undefined ? 'mean ratio undefined' : `mean ratio ${formatNumber(metric.meanRatio)}`,
    metric.test ? `shift ${formatNumber(metric.test.estimate)} with 98% CI ${formatNumber(metric.test.confidenceInterval[0])} to ${formatNumber(metric.test.confidenceInterval[1])}` : undefined,
  ].filter((part): part is string => part !== undefined);
  return `${metric.name} ${metric.classification} (${numbers.join(', ')})`;
}

/** The metrics that count against the score: High, Low and NoDataFail. */
export function failingMetrics(metrics: readonly MetricJudgement[]): MetricJudgement[] {
  return metrics.filter((metric) => metric.classification === 'High' || metric.classification === 'Low' || metric.classification === 'NoDataFail');
}
