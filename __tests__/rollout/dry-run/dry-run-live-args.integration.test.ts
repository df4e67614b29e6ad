import { KubeConfig } from '@kubernetes/client-node';
import { analyze } from '../../../src/core/analyze.js';
import { defaultConfig, mergeConfig } from '../../../src/core/config/config.js';
import type { Report } from '../../../src/core/report.js';
import { startKubeApiServer, type KubeApiServer } from '../../helpers/kube-api-server.js';
import { makeTree } from '../../helpers/temp-tree.js';
import { prometheusInstalled, startTestPrometheus, type TestPrometheus } from '../../helpers/test-prometheus.js';

const describeWithPrometheus = prometheusInstalled() ? describe : describe.skip;

/** The stable pods' error ratio is 0.02 all hour, the canary pods' 0.5: only the stable's hash passes the condition. */
function errorsByPodHash(now: number) {
  const end = Math.floor(now) - 5;
  const times = Array.from({ length: 281 }, (_, index) => end - (280 - index) * 15);
  return [
    { metric: 'http_error_ratio', labels: { rollouts_pod_template_hash: 'stable5c4b' }, samples: times.map((time) => ({ time, value: 0.02 })) },
    { metric: 'http_error_ratio', labels: { rollouts_pod_template_hash: 'canary7d9f' }, samples: times.map((time) => ({ time, value: 0.5 })) },
  ];
}

const TEMPLATE = `apiVersion: argoproj.io/v1alpha1
kind: AnalysisTemplate
metadata: {name: pod-errors}
spec:
  args: [{name: hash}]
  metrics:
    - name: errors
      failureLimit: 1
      successCondition: len(result) > 0 && result[0] < 0.1
      provider: {prometheus: {query: 'max(http_error_ratio{rollouts_pod_template_hash="{{args.hash}}"})'}}
`;

describeWithPrometheus('the dry run with a kubeconfig: args of the live stable', () => {
  let prometheus: TestPrometheus;
  let kube: KubeApiServer;
  beforeAll(async () => {
    prometheus = await startTestPrometheus(errorsByPodHash(Date.now() / 1000));
    kube = await startKubeApiServer();
    kube.put({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Rollout',
      metadata: { name: 'checkout', namespace: 'shop', generation: 2 },
      spec: { strategy: { canary: { analysis: { templates: [{ templateName: 'pod-errors' }], args: [{ name: 'hash', valueFrom: { podTemplateHashValue: 'Stable' } }] } } } },
      status: { observedGeneration: '2', phase: 'Healthy', currentPodHash: 'stable5c4b', stableRS: 'stable5c4b' },
    });
  });
  afterAll(async () => {
    await prometheus?.close();
    await kube?.close();
  });

  async function dryRun(settings: Record<string, unknown>, kubeConfig?: KubeConfig): Promise<Report> {
    const tree = makeTree({ 'k8s/template.yaml': TEMPLATE });
    try {
      const config = mergeConfig(defaultConfig(tree.root), { checks: ['rollout'], paths: ['k8s'], settings: { 'prometheus-url': prometheus.url, ...settings } });
      return await analyze(config, { ...(kubeConfig ? { kubeConfig } : {}), log: () => undefined });
    } finally {
      tree.cleanup();
    }
  }

  it("resolves the template's args from the Rollout that names it, as the controller would for the stable", async () => {
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromString(kube.kubeconfig);
    const report = await dryRun({ namespace: 'shop' }, kubeConfig);
    expect(report.runs[0].stats).toMatchObject({ dryRun: { templates: 1, metrics: [{ metric: 'errors', query: 'max(http_error_ratio{rollouts_pod_template_hash="stable5c4b"})', outcome: 'passes' }] } });
    expect(report.findings.filter((finding) => finding.rule === 'analysis-dry-run')).toEqual([]);
  });

  it('lets dry-run-args override them, and without a kubeconfig or dry-run-args says the arg has no value', async () => {
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromString(kube.kubeconfig);
    const overridden = await dryRun({ namespace: 'shop', 'dry-run-args': { 'pod-errors': { hash: 'canary7d9f' } } }, kubeConfig);
    expect(overridden.findings.map((finding) => finding.message)).toEqual([expect.stringMatching(/^Metric 'errors' of AnalysisTemplate 'pod-errors' would fail on the stable version today: 61 of 61 measurements/)]);
    const without = await dryRun({});
    expect(without.runs[0].stats).toMatchObject({ dryRun: { metrics: [{ metric: 'errors', outcome: 'not-evaluated', reason: 'the arg hash has no value: give it one under dry-run-args (hash: …)' }] } });
  });
});
