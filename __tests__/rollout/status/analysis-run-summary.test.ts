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
          conditionChecks: [
            {
              condition: 'successCondition',
              expression: 'result[0] >= 0.95',
              value: '[0.81]',
              outcome: { evaluated: true, value: false },
              line: 'successCondition result[0] >= 0.95 with [0.81]: false',
            },
          ],
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
          conditionChecks: [],
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

  it('evaluates the last value against both conditions, and says why when a condition cannot be evaluated', () => {
    const lines = (condition: { successCondition?: string; failureCondition?: string }, value: string) =>
      summarizeAnalysisRun({
        spec: { metrics: [{ name: 'm', ...condition }] },
        status: { metricResults: [{ name: 'm', phase: 'Error', measurements: [{ value: '[0.2]' }, { value }] }] },
      }).metrics[0].conditionChecks.map((check) => check.line);
    expect(lines({ successCondition: 'result[0] >= 0.95', failureCondition: 'result[0] < 0.9' }, '[0.5,0.99]')).toEqual([
      'successCondition result[0] >= 0.95 with [0.5,0.99]: false',
      'failureCondition result[0] < 0.9 with [0.5,0.99]: true',
    ]);
    expect(lines({ successCondition: 'result >= 0.95' }, '0.97')).toEqual(['successCondition result >= 0.95 with 0.97: true']);
    expect(lines({ failureCondition: 'len(result) == 0 || isNaN(result[0])' }, '[NaN]')).toEqual(['failureCondition len(result) == 0 || isNaN(result[0]) with [NaN]: true']);
    expect(lines({ successCondition: 'result[0] >= 0.95' }, '[]')).toEqual([
      'successCondition result[0] >= 0.95 with []: condition not evaluated: index out of range: 0 (array length is 0); Argo Rollouts records such a measurement as Error',
    ]);
    expect(lines({ successCondition: 'result.ok == true' }, '{"ok":true}')).toEqual([
      `successCondition result.ok == true with {"ok":true}: condition not evaluated: the stored value '{"ok":true}' is neither a number nor a list of numbers, so the result the condition saw is unknown`,
    ]);
  });

  it('checks nothing without a measured value or without conditions', () => {
    const checks = (metric: { name: string; successCondition?: string }, measurements: { value?: string }[]) =>
      summarizeAnalysisRun({ spec: { metrics: [metric] }, status: { metricResults: [{ name: metric.name, measurements }] } }).metrics[0].conditionChecks;
    expect(checks({ name: 'job', successCondition: 'result[0] > 1' }, [{}])).toEqual([]);
    expect(checks({ name: 'plain' }, [{ value: '[1]' }])).toEqual([]);
    expect(checks({ name: 'measured', successCondition: 'result[0] > 1' }, [{ value: '[2]' }])).toHaveLength(1);
  });
});
