import type { AnalysisTemplateObject, TemplateMetric } from '../../../src/rollout/metrics/analysis-template.js';
import { prometheusClient } from '../../../src/rollout/metrics/prometheus-client.js';
import { dryRunTemplate } from '../../../src/rollout/dry-run/dry-run-template.js';
import { prometheusInstalled, startTestPrometheus, type TestPrometheus } from '../../helpers/test-prometheus.js';

const describeWithPrometheus = prometheusInstalled() ? describe : describe.skip;

/** The stable's error ratio over the last 70 minutes, a sample every 15 s: 0.02, with one spike to 0.08 20 minutes ago. */
function stableErrors(now: number) {
  const end = Math.floor(now) - 5;
  const times = Array.from({ length: 281 }, (_, index) => end - (280 - index) * 15);
  return [{ metric: 'http_error_ratio', labels: { service: 'checkout' }, samples: times.map((time) => ({ time, value: Math.abs(time - (end - 1200)) < 8 ? 0.08 : 0.02 })) }];
}

function template(metrics: TemplateMetric[]): AnalysisTemplateObject {
  return { metadata: { name: 'error-ratio' }, spec: { args: [{ name: 'service' }], metrics } };
}

const ratio = (name: string, conditions: Partial<TemplateMetric>): TemplateMetric => ({ name, provider: { prometheus: { query: 'max(http_error_ratio{service="{{args.service}}"})' } }, ...conditions });

describeWithPrometheus('dryRunTemplate against a real Prometheus (the last hour of the stable version)', () => {
  let prometheus: TestPrometheus;
  const now = new Date();
  beforeAll(async () => {
    prometheus = await startTestPrometheus(stableErrors(now.getTime() / 1000));
  });
  afterAll(async () => prometheus?.close());

  it('says a condition would fail today, with how many minutes failed and the first failing value', async () => {
    const [result] = await dryRunTemplate(template([ratio('errors', { successCondition: 'result[0] < 0.05' })]), { service: 'checkout' }, prometheusClient({ url: prometheus.url }), now);
    expect(result.query).toBe('max(http_error_ratio{service="checkout"})');
    expect(result.outcome.kind).toBe('would-fail');
    if (result.outcome.kind !== 'would-fail') return;
    // Prometheus looks back 5 minutes for the latest sample, so the spike shows in one minute's measurement.
    expect([result.outcome.failed, result.outcome.measured, result.outcome.firstFailure.value]).toEqual([1, 61, '[0.08]']);
  });

  it('passes a condition the stable met all hour, and says when the query returns no data', async () => {
    const client = prometheusClient({ url: prometheus.url });
    const results = await dryRunTemplate(template([ratio('errors', { successCondition: 'result[0] < 0.1' })]), { service: 'checkout' }, client, now);
    expect(results.map((entry) => entry.outcome)).toEqual([{ kind: 'passes', measured: 61 }]);
    const none = await dryRunTemplate(template([ratio('errors', { successCondition: 'result[0] < 0.1' })]), { service: 'checkuot' }, client, now);
    expect(none.map((entry) => [entry.query, entry.outcome])).toEqual([['max(http_error_ratio{service="checkuot"})', { kind: 'no-data' }]]);
  });

  it('says a condition can never fail, whatever the data, naming the values tried', async () => {
    const results = await dryRunTemplate(template([ratio('errors', { failureCondition: 'result[0] < 0 && result[0] > 1' })]), { service: 'checkout' }, prometheusClient({ url: prometheus.url }), now);
    expect(results.map((entry) => entry.outcome)).toEqual([{ kind: 'never-fails', tried: '-Inf, -1000000000, -1, 0, 1e-9, 0.01, 0.5, 0.99, 1, 100, 1000000000, +Inf, NaN' }]);
  });

  it('hands a scalar query a number, and names an arg without a value', async () => {
    const client = prometheusClient({ url: prometheus.url });
    const scalar: TemplateMetric = { name: 'scalar', provider: { prometheus: { query: 'scalar(max(http_error_ratio{service="{{args.service}}"}))' } }, successCondition: 'result < 0.05' };
    const [measured] = await dryRunTemplate(template([scalar]), { service: 'checkout' }, client, now);
    expect(measured.outcome).toMatchObject({ kind: 'would-fail', failed: 1, measured: 61, firstFailure: { value: '0.08' } });
    const [unnamed] = await dryRunTemplate(template([ratio('errors', { successCondition: 'result[0] < 0.1' })]), {}, client, now);
    expect(unnamed.outcome).toEqual({ kind: 'not-evaluated', reason: 'the arg service has no value: give it one under dry-run-args (service: …)' });
  });
});
