import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { KubeConfig } from '@kubernetes/client-node';
import { analyze } from '../../../src/core/analyze.js';
import { defaultConfig, mergeConfig } from '../../../src/core/config/config.js';
import type { Report } from '../../../src/core/report.js';
import { startKubeApiServer, type KubeApiServer, type StoredObject } from '../../helpers/kube-api-server.js';
import { prometheusInstalled, startTestPrometheus, type TestPrometheus } from '../../helpers/test-prometheus.js';
import { CANARY, STABLE, trackTraffic } from './canary-traffic.js';

const installed = prometheusInstalled();
const describeWithPrometheus = installed ? describe : describe.skip;
if (!installed) console.warn('SKIPPED: the release checks against the real Prometheus (prometheus/promtool not installed; CI=true fails instead).');

const ERROR_RATE =
  'sum(rate(http_requests_total{service="{{args.service}}",rollouts_pod_template_hash="{{args.canary-hash}}",code="500"}[5m])) / sum(rate(http_requests_total{service="{{args.service}}",rollouts_pod_template_hash="{{args.canary-hash}}"}[5m]))';
const resolvedErrorRate = (service: string) => ERROR_RATE.replaceAll('{{args.service}}', service).replaceAll('{{args.canary-hash}}', CANARY.podHash);

const errorRateTemplate: StoredObject = {
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'AnalysisTemplate',
  metadata: { name: 'error-rate', namespace: 'shop' },
  spec: {
    args: [{ name: 'service' }, { name: 'canary-hash' }],
    metrics: [{ name: 'error-rate', interval: '1m', successCondition: 'result[0] < 0.05', provider: { prometheus: { address: 'http://prometheus.monitoring:9090', query: ERROR_RATE } } }],
  },
};

/** A canary Rollout of `service` whose background analysis runs error-rate against the new pods, at its end state. */
function canaryRollout(service: string, phase: 'Healthy' | 'Degraded'): StoredObject {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Rollout',
    metadata: { name: service, namespace: 'shop', generation: 2 },
    spec: {
      strategy: {
        canary: {
          analysis: { templates: [{ templateName: 'error-rate' }], args: [{ name: 'service', value: service }, { name: 'canary-hash', valueFrom: { podTemplateHashValue: 'Latest' } }] },
          steps: [{ setWeight: 20 }, { pause: { duration: '1m' } }, { setWeight: 100 }],
        },
      },
      template: { spec: { containers: [{ name: 'app', image: `registry.example/${service}:pr-7` }] } },
    },
    status: {
      observedGeneration: '2',
      phase,
      message: phase === 'Degraded' ? 'RolloutAborted: Rollout aborted update to revision 2' : '',
      abort: phase === 'Degraded',
      currentStepIndex: phase === 'Degraded' ? 1 : 3,
      currentPodHash: CANARY.podHash,
      stableRS: STABLE.podHash,
      conditions: phase === 'Degraded' ? [{ type: 'Progressing', status: 'False', reason: 'RolloutAborted', message: 'Rollout aborted update to revision 2' }] : [],
    },
  };
}

/** One judge config for every Rollout: the placeholders pick the service and the canary and stable pods. */
const JUDGE = {
  lookback: '20m',
  step: '1m',
  metrics: [
    {
      name: 'error-ratio',
      canary: 'http_error_ratio{service="{{rollout.name}}",rollouts_pod_template_hash="{{rollout.canary-hash}}"}',
      stable: 'http_error_ratio{service="{{rollout.name}}",rollouts_pod_template_hash="{{ rollout.stable-hash }}"}',
      direction: 'increase',
    },
  ],
};

describeWithPrometheus('release checks beside the wait: template metrics, the canary judge and health probes', () => {
  let prometheus: TestPrometheus;
  let kube: KubeApiServer;
  let health: Server;
  let healthBase: string;

  beforeAll(async () => {
    const now = Date.now() / 1000;
    prometheus = await startTestPrometheus([
      ...trackTraffic('checkout', CANARY, 0.1, now),
      ...trackTraffic('checkout', STABLE, 0.001, now),
      ...trackTraffic('payments', CANARY, 0.001, now),
      ...trackTraffic('payments', STABLE, 0.001, now),
    ]);
    health = createServer((request, response) => {
      response.writeHead(request.url === '/healthz' ? 200 : 503);
      response.end();
    });
    await new Promise<void>((resolve) => health.listen(0, '127.0.0.1', resolve));
    healthBase = `http://127.0.0.1:${(health.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await prometheus?.close();
    health?.closeAllConnections();
    await new Promise((resolve) => health?.close(resolve));
  });
  beforeEach(async () => {
    kube = await startKubeApiServer();
    kube.put(errorRateTemplate);
  });
  afterEach(async () => {
    await kube.close();
  });

  async function check(rollout: string, settings: Record<string, unknown>): Promise<{ report: Report; lines: string[] }> {
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromString(kube.kubeconfig);
    const lines: string[] = [];
    const config = mergeConfig(defaultConfig('/nonexistent'), { checks: ['rollout'], settings: { namespace: 'shop', 'rollout-timeout': '5s', rollout: [rollout], ...settings } });
    return { report: await analyze(config, { kubeConfig, log: (line) => lines.push(line) }), lines };
  }

  it('fails a canary with a 10% error rate: the template condition, the judge and the probe each give a finding', async () => {
    kube.put(canaryRollout('checkout', 'Degraded'));
    const { report, lines } = await check('checkout', {
      'prometheus-url': prometheus.url,
      'canary-judge': JUDGE,
      'health-probes': [{ name: 'storefront', http: `${healthBase}/storefront` }],
    });
    expect(report.runs[0].status).toBe('ok');
    expect(report.findings.map((finding) => `${finding.severity} ${finding.rule}`)).toEqual([
      'error canary-judge-failed',
      'error canary-metric-failed',
      'error health-probe-failed',
      'error rollout-aborted',
    ]);
    const byRule = Object.fromEntries(report.findings.map((finding) => [finding.rule, finding]));
    // 0.1 as Go prints the float Prometheus computed: the ratio of two rates can land one ulp below 0.1.
    const errorRate = /^\[(0\.1|0\.09999999999999\d*)\]$/;
    const failed = byRule['canary-metric-failed'].message.replace(/Failed: (\[[^\]]*\])/, (_all: string, value: string) => `Failed: ${errorRate.test(value) ? '[0.1]' : value}`);
    expect(failed).toBe(
      `Metric 'error-rate' of template 'error-rate' (background analysis of shop/checkout) is Failed: [0.1] against successCondition 'result[0] < 0.05'; query: ${resolvedErrorRate('checkout')}`,
    );
    // The means depend on which gauge samples the 1m steps land on, so only the verdict part is fixed.
    expect(byRule['canary-judge-failed'].message).toMatch(/^Canary judge of shop\/checkout failed: score 0 is below the marginal score 75 \(pass 95\); 1 of 1 metrics failed: error-ratio High \(canary mean 0\.1\d*, stable mean 0\.001\d*, mean ratio 100,/);
    expect(byRule['health-probe-failed'].message).toBe(`Health probe 'storefront' (${healthBase}/storefront) failed 2 of 2 checks during the rollout; last: HTTP 503, expected 200.`);
    expect(lines).toContain(`health probe 'storefront' (${healthBase}/storefront) failed: HTTP 503, expected 200`);
    const stats = report.runs[0].stats as { metrics: unknown[]; canaryJudge: { rollout: string; verdict: string; score: number; metrics: { name: string; classification: string }[] }[]; probes: unknown[] };
    expect(stats.metrics).toEqual([
      { rollout: 'shop/checkout', analysis: 'background', template: 'error-rate', metric: 'error-rate', query: resolvedErrorRate('checkout'), value: expect.stringMatching(errorRate), successCondition: 'result[0] < 0.05', phase: 'Failed' },
    ]);
    expect(stats.canaryJudge.map((judged) => [judged.rollout, judged.verdict, judged.score, judged.metrics.map((metric) => `${metric.name} ${metric.classification}`)])).toEqual([
      ['shop/checkout', 'fail', 0, ['error-ratio High']],
    ]);
    expect(stats.probes).toEqual([{ name: 'storefront', kind: 'http', endpoint: `${healthBase}/storefront`, checks: 2, failures: 2, lastError: 'HTTP 503, expected 200' }]);
    // The template was read from the cluster: an AnalysisTemplate get in the Rollout's namespace.
    expect(kube.requests.filter((request) => request.resource === 'argoproj.io/analysistemplates').map((request) => `${request.verb} ${request.namespace}/${request.name}`)).toEqual(['get shop/error-rate']);
  });

  it('passes a healthy canary: the condition holds, the judge passes, the probe answers', async () => {
    kube.put(canaryRollout('payments', 'Healthy'));
    const { report } = await check('payments', {
      'prometheus-url': prometheus.url,
      'canary-judge': JUDGE,
      'health-probes': [{ name: 'storefront', http: `${healthBase}/healthz`, 'max-latency': '2s' }],
    });
    expect(report.findings).toEqual([]);
    expect(report.gate.passed).toBe(true);
    const stats = report.runs[0].stats as { metrics: { phase: string; value: string }[]; canaryJudge: { verdict: string; score: number }[]; probes: { failures: number; checks: number }[] };
    expect(stats.metrics.map((metric) => metric.phase)).toEqual(['Successful']);
    expect(JSON.parse(stats.metrics[0].value)[0]).toBeCloseTo(0.001, 12);
    expect(stats.canaryJudge.map((judged) => [judged.verdict, judged.score])).toEqual([['pass', 100]]);
    expect(stats.probes.map((probe) => [probe.checks, probe.failures])).toEqual([[2, 0]]);
  });

  it('reports a query with no data as undecided (a notice), never as passed or failed', async () => {
    kube.put(canaryRollout('search', 'Healthy'));
    const { report } = await check('search', { 'prometheus-url': prometheus.url });
    expect(report.findings.map((finding) => [finding.severity, finding.rule, finding.message])).toEqual([
      [
        'notice',
        'canary-metric-undecided',
        `Metric 'error-rate' of template 'error-rate' (background analysis of shop/search) was not evaluated: no data (the query returned an empty vector), and successCondition 'result[0] < 0.05': index out of range: 0 (array length is 0); Argo Rollouts records such a measurement as Error; query: ${resolvedErrorRate('search')}`,
      ],
    ]);
    expect(report.gate.passed).toBe(true);
  });

  it('reads a ClusterAnalysisTemplate of a step analysis, and reports a missing template as undecided', async () => {
    const rollout = canaryRollout('payments', 'Healthy') as { spec: { strategy: { canary: Record<string, unknown> } } } & StoredObject;
    rollout.spec.strategy.canary = {
      steps: [
        { setWeight: 20 },
        { analysis: { templates: [{ templateName: 'error-rate', clusterScope: true }, { templateName: 'latency' }], args: [{ name: 'service', value: 'payments' }, { name: 'canary-hash', valueFrom: { podTemplateHashValue: 'Latest' } }] } },
        { setWeight: 100 },
      ],
    };
    kube.put(rollout);
    kube.put({ ...errorRateTemplate, kind: 'ClusterAnalysisTemplate', metadata: { name: 'error-rate' } });
    const { report } = await check('payments', { 'prometheus-url': prometheus.url });
    const stats = report.runs[0].stats as { metrics: { analysis: string; template: string; phase?: string; notEvaluated?: string }[] };
    expect(stats.metrics.map((metric) => [metric.analysis, metric.template, metric.phase ?? metric.notEvaluated])).toEqual([
      ['step 2', 'error-rate', 'Successful'],
      ['step 2', 'latency', "AnalysisTemplate 'latency' not found in namespace 'shop': check the name and --namespace (the rollout input / namespace setting), and that the deploy step created it."],
    ]);
    expect(report.findings.map((finding) => `${finding.severity} ${finding.rule}`)).toEqual(['notice canary-metric-undecided']);
    expect(kube.requests.filter((request) => request.resource?.endsWith('analysistemplates')).map((request) => `${request.verb} ${request.resource} ${request.name}`)).toEqual([
      'get argoproj.io/clusteranalysistemplates error-rate',
      'get argoproj.io/analysistemplates latency',
    ]);
  });

  it('fails the run with a clear error when Prometheus is down, without the URL credentials', async () => {
    kube.put(canaryRollout('payments', 'Healthy'));
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const { report } = await check('payments', { 'prometheus-url': `http://reader:t0ken@127.0.0.1:${port}` });
    expect(report.runs).toEqual([
      {
        analyzer: 'rollout',
        status: 'failed',
        stats: {},
        error: `cannot reach Prometheus at http://127.0.0.1:${port}/ for the query '${resolvedErrorRate('payments')}': connect ECONNREFUSED 127.0.0.1:${port}; check prometheus-url and that Prometheus is running.`,
      },
    ]);
    expect(report.gate.passed).toBe(false);
  });
});
