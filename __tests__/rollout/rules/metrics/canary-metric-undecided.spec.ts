import type { MetricEvaluation } from '../../../../src/rollout/metrics/evaluate-template-metrics.js';
import { canaryMetricUndecided } from '../../../../src/rollout/rules/metrics/canary-metric-undecided.js';

const measured: MetricEvaluation = {
  rollout: 'shop/checkout',
  analysis: 'step 2',
  template: 'error-rate',
  metric: 'error-rate',
  query: 'vector(0.03)',
  value: '[0.03]',
  successCondition: 'result[0] < 0.02',
  failureCondition: 'result[0] > 0.05',
};

describe('canary-metric-undecided', () => {
  it('reports an Inconclusive measurement with its value, both conditions and the query', () => {
    expect(canaryMetricUndecided.check({ ...measured, phase: 'Inconclusive' })?.message).toBe(
      "Metric 'error-rate' of template 'error-rate' (step 2 analysis of shop/checkout) is Inconclusive: [0.03] against successCondition 'result[0] < 0.02' and failureCondition 'result[0] > 0.05'; query: vector(0.03)",
    );
  });

  it('reports a metric it could not evaluate with the reason, and the query when there was one', () => {
    const reason = "arg 'service' has no value";
    expect(canaryMetricUndecided.check({ ...measured, value: undefined, notEvaluated: reason })?.message).toBe(
      `Metric 'error-rate' of template 'error-rate' (step 2 analysis of shop/checkout) was not evaluated: ${reason}; query: vector(0.03)`,
    );
    expect(canaryMetricUndecided.check({ ...measured, query: undefined, value: undefined, notEvaluated: reason })?.message).toBe(
      `Metric 'error-rate' of template 'error-rate' (step 2 analysis of shop/checkout) was not evaluated: ${reason}`,
    );
  });

  it('stays quiet on a decided measurement, Successful or Failed (that is canary-metric-failed)', () => {
    expect(canaryMetricUndecided.check({ ...measured, phase: 'Successful' })).toBeUndefined();
    expect(canaryMetricUndecided.check({ ...measured, phase: 'Failed' })).toBeUndefined();
  });
});
