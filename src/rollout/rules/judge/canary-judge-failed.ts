import { describeMetric, failingMetrics } from '../../judge/describe-metric.js';
import { formatNumber } from '../../judge/format-number.js';
import { defineJudgeRule, judgeName } from '../../judge/judge-rule.js';

/** The judge's Fail: a score below the marginal score, or one forced to 0 by a critical metric or missing data. */
export const canaryJudgeFailed = defineJudgeRule({
  meta: {
    id: 'canary-judge-failed',
    category: 'release',
    severity: 'error',
    description: 'The canary judge (Mann-Whitney, Kayenta-style) scored the canary below the marginal score, or a critical metric failed.',
    summary: 'the canary judge (Mann-Whitney, Kayenta-style) scored the canary below the marginal score, or a critical metric failed',
  },
  check(result, context) {
    if (result.verdict !== 'fail') return undefined;
    const thresholds = `marginal ${formatNumber(result.marginalScore)}, pass ${formatNumber(result.passScore)}`;
    if (result.forcedToZero === 'critical-failure') {
      const critical = result.metrics.filter((metric) => metric.criticalFailure);
      return {
        message: `${judgeName(context)} failed: critical ${critical.length === 1 ? 'metric' : 'metrics'} ${critical.map(describeMetric).join('; ')}; the score is forced to 0 (${thresholds}).`,
        suggestion: 'A critical metric fails the canary on its own: fix what the release does to it and deploy again. If the change is intended, raise its effect-size critical-increase / critical-decrease.',
      };
    }
    if (result.forcedToZero === 'no-data') {
      const missing = result.metrics.filter((metric) => metric.classification === 'NoData');
      return {
        message: `${judgeName(context)} failed: ${missing.length} of ${result.metrics.length} metrics had no data (${missing.map(describeMetric).join('; ')}); at half or more the score is forced to 0 (${thresholds}).`,
        suggestion: "Check that each metric's canary and stable queries return series over the lookback window (run them in Prometheus); the labels that tell canary from stable pods are the usual culprit.",
      };
    }
    const failing = failingMetrics(result.metrics);
    return {
      message: `${judgeName(context)} failed: score ${formatNumber(result.score)} is below the marginal score ${formatNumber(result.marginalScore)} (pass ${formatNumber(result.passScore)}); ${failing.length} of ${result.metrics.length} metrics failed: ${failing.map(describeMetric).join('; ')}.`,
      suggestion: 'Look at what the release does to the failing metrics, fix it and deploy again. If a difference is expected, widen that metric\'s effect-size allowed-increase / allowed-decrease or set its direction.',
    };
  },
});
