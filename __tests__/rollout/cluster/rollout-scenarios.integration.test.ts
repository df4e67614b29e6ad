import type { Report } from '../../../src/core/report.js';
import { TEST_TOKEN, type KubeApiServer } from '../../helpers/kube-api-server.js';
import { ABORT_MESSAGE, abortedRollout, loopbackCluster, ERROR_RATE_QUERY, healthyRollout, NEW, OLD, watchCutRollout } from './cluster-scenarios.js';
import { followedOf } from '../../helpers/run-stats.js';

let server: KubeApiServer;
let kubeconfig: { file: string; cleanup: () => void };
const { cli } = loopbackCluster((started, written) => {
  server = started;
  kubeconfig = written;
});


const statsOf = (stdout: string) => followedOf(JSON.parse(stdout) as Report) as unknown as Record<string, unknown>[];

describe('following an Argo Rollout through the CLI against a loopback API server', () => {
  it('passes 20% → 50% → 100% → Healthy, reporting only the current revision’s own AnalysisRun and its ReplicaSets', async () => {
    const { code, stdout, stderr } = await healthyRollout(server, cli, kubeconfig.file);
    expect(stderr).toBe(
      [
        'shop/web: Progressing - more replicas need to be updated, step 0/5',
        'shop/web: Paused - CanaryPauseStep, step 1/5',
        'shop/web: Progressing - more replicas need to be updated, step 2/5',
        'shop/web: Progressing - more replicas need to be updated, step 4/5',
        'shop/web: Healthy, step 5/5',
        '',
      ].join('\n'),
    );
    expect(code).toBe(0);
    const [web] = statsOf(stdout);
    expect(web).toMatchObject({ kind: 'Rollout', name: 'web', phase: 'Healthy', ending: 'healthy', step: 5, steps: 5, weights: { desired: 100, actual: 100 } });
    expect(web.replicaSets).toEqual({ canary: { name: `web-${NEW}`, replicas: 4, ready: 4, available: 4 }, stable: { name: `web-${NEW}`, replicas: 4, ready: 4, available: 4 } });
    expect(web.analysisRuns).toEqual([
      {
        name: 'web-6b8f9c7d5-2-1',
        phase: 'Successful',
        message: '',
        terminated: false,
        rolloutType: 'Step',
        podTemplateHash: NEW,
        stepIndex: 1,
        metrics: [
          {
            name: 'error-rate',
            phase: 'Successful',
            lastValue: '[0.01]',
            successCondition: 'result[0] < 0.05',
            // The shared summary evaluates the condition against the last value (src/rollout/expr).
            conditionChecks: [
              { condition: 'successCondition', expression: 'result[0] < 0.05', value: '[0.01]', outcome: { evaluated: true, value: true }, line: 'successCondition result[0] < 0.05 with [0.01]: true' },
            ],
            resolvedQuery: ERROR_RATE_QUERY,
            dryRun: false,
            counts: { measurements: 3, successful: 3, failed: 0, inconclusive: 0, error: 0, consecutiveError: 0 },
            limits: { count: 3, failureLimit: 0, inconclusiveLimit: 0, consecutiveErrorLimit: 4 },
          },
        ],
      },
    ]);
    expect(web).not.toHaveProperty('unknown');
  });

  it('catches the 10% error rate: the failed AnalysisRun aborts the rollout to Degraded, the finding names the value and condition, exit 1', async () => {
    const { code, stdout, stderr } = await abortedRollout(server, cli, kubeconfig.file);
    expect(code).toBe(1);
    expect(stderr).toBe(`shop/web: Progressing - more replicas need to be updated, step 0/5\nshop/web: Progressing - more replicas need to be updated, step 1/5\nshop/web: Degraded - ${ABORT_MESSAGE}, step 1/5\n`);
    const report = JSON.parse(stdout) as Report;
    expect(report.findings.map((finding) => [finding.rule, finding.severity, finding.message])).toEqual([
      ['rollout-aborted', 'error', `Rollout 'web' in namespace 'shop' was aborted: ${ABORT_MESSAGE} — metric "error-rate" measured [0.1] (success condition result[0] < 0.05)`],
    ]);
    expect(report.gate.passed).toBe(false);
    const [web] = statsOf(stdout);
    expect(web).toMatchObject({ phase: 'Degraded', ending: 'degraded', step: 1, weights: { desired: 0, actual: 0 } });
    expect(web.replicaSets).toEqual({ canary: { name: `web-${NEW}`, replicas: 0, ready: 0, available: 0 }, stable: { name: `web-${OLD}`, replicas: 4, ready: 4, available: 4 } });
    const [run] = web.analysisRuns as { phase: string; message: string; metrics: Record<string, unknown>[] }[];
    expect([run.phase, run.message]).toEqual(['Failed', 'Metric "error-rate" assessed Failed due to failed (1) > failureLimit (0)']);
    expect(run.metrics[0]).toMatchObject({ phase: 'Failed', lastValue: '[0.1]', successCondition: 'result[0] < 0.05', resolvedQuery: ERROR_RATE_QUERY, counts: { failed: 1 }, limits: { failureLimit: 0 } });
    expect(stdout + stderr).not.toContain(TEST_TOKEN);
  });

  it('says the same in the text format, with the gate failed', async () => {
    const { code, stdout } = await abortedRollout(server, cli, kubeconfig.file, 'text');
    expect(code).toBe(1);
    expect(stdout).toContain(`Rollout 'web' in namespace 'shop' was aborted: ${ABORT_MESSAGE} — metric "error-rate" measured [0.1] (success condition result[0] < 0.05)`);
    expect(stdout).toContain('gate failed');
  });

  it('resumes a watch cut mid-way from the last resourceVersion and still reaches Healthy', async () => {
    const { code, stderr } = await watchCutRollout(server, cli, kubeconfig.file);
    expect(code).toBe(0);
    expect(stderr).toBe('shop/web: Progressing, step 0/5\nshop/web: Paused - CanaryPauseStep, step 1/5\nshop/web: Progressing, step 2/5\nshop/web: Healthy, step 5/5\n');
    const watches = server.requests.filter((request) => request.verb === 'watch');
    expect(watches.map((request) => request.resourceVersion)).toEqual(['101', '102']);
  });

  it('makes ReplicaSets and AnalysisRuns "unknown" on a 403, in the stats and the progress text, without failing the run', async () => {
    server.forbid('apps/replicasets');
    server.forbid('argoproj.io/analysisruns');
    const { code, stdout, stderr } = await abortedRollout(server, cli, kubeconfig.file);
    expect(code).toBe(1);
    const forbiddenRuns = "forbidden: cannot list analysisruns.argoproj.io in namespace 'shop' (HTTP 403); grant get, list and watch on analysisruns.argoproj.io to the checker's account (see docs/rbac.yaml).";
    const forbiddenSets = "forbidden: cannot list replicasets.apps in namespace 'shop' (HTTP 403); grant get, list and watch on replicasets.apps to the checker's account (see docs/rbac.yaml).";
    expect(stderr.split('\n').slice(-3)).toEqual([`shop/web: AnalysisRuns unknown (${forbiddenRuns})`, `shop/web: ReplicaSets unknown (${forbiddenSets})`, '']);
    const report = JSON.parse(stdout) as Report;
    // Without the runs the finding falls back to the controller's own message.
    expect(report.findings.map((finding) => finding.message)).toEqual([`Rollout 'web' in namespace 'shop' was aborted: ${ABORT_MESSAGE}`]);
    const [web] = statsOf(stdout);
    expect(web).toMatchObject({ replicaSets: 'unknown', weights: { desired: 0, actual: 'unknown' }, unknown: { analysisRuns: forbiddenRuns, replicaSets: forbiddenSets } });
    expect(web.analysisRuns).toEqual([]);
  });
});
