import type { MetricEvaluation } from '../../../../src/rollout/metrics/evaluate-template-metrics.js';
import { canaryMetricFailed } from '../../../../src/rollout/rules/metrics/canary-metric-failed.js';

const errorRate: MetricEvaluation = {
  rollout: 'shop/web',
  analysis: 'background',
  template: 'success-rate',
  metric: 'success-rate',
  query: 'sum(rate(http_requests_total{code!~"5.."}[5m])) / sum(rate(http_requests_total[5m]))',
  value: '[0.91]',
  successCondition: 'result[0] >= 0.95',
};

describe('canary-metric-failed', () => {
  it('reports a Failed measurement with its value, the condition it broke and the query', () => {
    expect(canaryMetricFailed.check({ ...errorRate, phase: 'Failed' })?.message).toBe(
      "Metric 'success-rate' of template 'success-rate' (background analysis of shop/web) is Failed: [0.91] against successCondition 'result[0] >= 0.95'; query: sum(rate(http_requests_total{code!~\"5..\"}[5m])) / sum(rate(http_requests_total[5m]))",
    );
  });

  it('says so when the template sets no condition at all', () => {
    const report = canaryMetricFailed.check({ ...errorRate, successCondition: undefined, phase: 'Failed' });
    expect(report?.message).toContain('is Failed: [0.91] against no condition;');
  });

  it('stays quiet on Successful, Inconclusive and undecided measurements', () => {
    expect(canaryMetricFailed.check({ ...errorRate, phase: 'Successful' })).toBeUndefined();
    expect(canaryMetricFailed.check({ ...errorRate, phase: 'Inconclusive' })).toBeUndefined();
    expect(canaryMetricFailed.check({ ...errorRate, value: undefined, notEvaluated: 'no data' })).toBeUndefined();
  });
});
