import { summarizeAnalysisRun } from '../../../src/rollout/status/analysis-run-summary.js';

describe('summarizeAnalysisRun', () => {
  it('reports each metric with its stored phase, last value, counts against limits and resolved query', () => {
    const summary = summarizeAnalysisRun({
      metadata: { name: 'web-abc-3', labels: { 'rollout-type': 'Step', 'step-index': '2', 'rollouts-pod-template-hash': 'abc' } },
      spec: {
        metrics: [
          { name: 'success-rate', successCondition: 'result[0] >= 0.95', failureLimit: 2, count: 5 },
          { name: 'latency', failureCondition: 'result[0] > 0.5' },
        ],
        dryRun: [{ metricName: 'latency' }],
      },
      status: {
        phase: 'Failed',
        message: 'Metric "success-rate" assessed Failed due to failed (3) > failureLimit (2)',
        metricResults: [
          {
            name: 'success-rate',
            phase: 'Failed',
            count: 4,
            successful: 1,
            failed: 3,
            measurements: [{ value: '[0.97]' }, { value: '[0.81]' }],
            metadata: { ResolvedPrometheusQuery: 'sum(rate(x{svc="web"}[5m]))' },
          },
        ],
      },
    });
    expect(summary).toEqual({
      name: 'web-abc-3',
      phase: 'Failed',
      message: 'Metric "success-rate" assessed Failed due to failed (3) > failureLimit (2)',
      terminated: false,
      rolloutType: 'Step',
      podTemplateHash: 'abc',
      stepIndex: 2,
      metrics: [
        {
          name: 'success-rate',
          phase: 'Failed',
          lastValue: '[0.81]',
          successCondition: 'result[0] >= 0.95',
          failureCondition: undefined,
          resolvedQuery: 'sum(rate(x{svc="web"}[5m]))',
          dryRun: false,
          counts: { measurements: 4, successful: 1, failed: 3, inconclusive: 0, error: 0, consecutiveError: 0 },
          limits: { count: 5, failureLimit: 2, inconclusiveLimit: 0, consecutiveErrorLimit: 4 },
        },
        {
          name: 'latency',
          phase: 'Pending',
          lastValue: undefined,
          successCondition: undefined,
          failureCondition: 'result[0] > 0.5',
          resolvedQuery: undefined,
          dryRun: true,
          counts: { measurements: 0, successful: 0, failed: 0, inconclusive: 0, error: 0, consecutiveError: 0 },
          limits: { count: undefined, failureLimit: 0, inconclusiveLimit: 0, consecutiveErrorLimit: 4 },
        },
      ],
    });
  });

  it('reads the pre-release spec.analysisSpec layout, a terminated run, and a run with no status as Pending', () => {
    const old = summarizeAnalysisRun({ spec: { analysisSpec: { metrics: [{ name: 'm', failureLimit: '{{args.limit}}' }] }, terminate: true }, status: { phase: 'Successful', message: 'run terminated' } });
    expect(old).toMatchObject({ phase: 'Successful', message: 'run terminated', terminated: true, stepIndex: undefined });
    expect(old.metrics.map((metric) => [metric.name, metric.limits.failureLimit])).toEqual([['m', '{{args.limit}}']]);
    expect(summarizeAnalysisRun({})).toEqual({ name: '', phase: 'Pending', message: '', terminated: false, rolloutType: undefined, podTemplateHash: undefined, stepIndex: undefined, metrics: [] });
  });
});
