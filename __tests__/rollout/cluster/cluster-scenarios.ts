import { runCli } from '../../../src/cli/main.js';
import { startKubeApiServer, writeKubeconfig, type KubeApiServer } from '../../helpers/kube-api-server.js';
import { makeTree } from '../../helpers/temp-tree.js';
import { analysisRunOf, canaryAt, deploymentOf, replicaSetOf, rolloutWithRevision, type MetricMoment } from '../../helpers/rollout-objects.js';

/**
 * The cluster scenarios of issue 5, each driving the loopback API server over time while the real CLI follows.
 * Shared by the scenario tests (what the report says) and the RBAC test (which requests they made).
 */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export type Cli = (argv: string[]) => Promise<CliResult>;

/**
 * Registers the hooks every cluster test file needs: a fresh loopback API server and a kubeconfig for it per test
 * (handed to `use`, since the tests read them as plain variables), and one empty project per file for the CLI to
 * run in. Returns that CLI and the project's folder.
 */
export function loopbackCluster(use: (server: KubeApiServer, kubeconfig: { file: string; cleanup: () => void }) => void): { cli: Cli; root: string } {
  const tree = makeTree({ 'README.md': 'an empty project\n' });
  let current: { server: KubeApiServer; kubeconfig: { file: string; cleanup: () => void } } | undefined;
  beforeEach(async () => {
    const server = await startKubeApiServer();
    current = { server, kubeconfig: writeKubeconfig(server) };
    use(current.server, current.kubeconfig);
  });
  afterEach(async () => {
    current?.kubeconfig.cleanup();
    await current?.server.close();
  });
  afterAll(() => tree.cleanup());
  return { cli: cliIn(tree.root), root: tree.root };
}

export function cliIn(cwd: string): Cli {
  return async (argv) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(argv, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), colorByDefault: false });
    return { code, stdout, stderr };
  };
}

export const OLD = '5d4c3b2a1';
export const NEW = '6b8f9c7d5';
export const ERROR_RATE_QUERY = 'sum(rate(http_requests_total{service="web-canary",code=~"5.."}[1m])) / sum(rate(http_requests_total{service="web-canary"}[1m]))';

const errorRate = (phase: string, values: string[], counts: { successful?: number; failed?: number }): MetricMoment => ({
  name: 'error-rate',
  phase,
  successCondition: 'result[0] < 0.05',
  values,
  query: ERROR_RATE_QUERY,
  ...counts,
});

const follow = (kubeconfig: string, ...names: string[]) => ['rollout', ...names, '--kubeconfig', kubeconfig, '--namespace', 'shop', '--timeout', '5s', '--format', 'json'];

/** 20% → 50% → 100% → Healthy, with a passing AnalysisRun (and runs of another revision and another owner to ignore). */
export async function healthyRollout(server: KubeApiServer, cli: Cli, kubeconfig: string): Promise<CliResult> {
  const revision = { current: NEW, stable: OLD };
  server.put(rolloutWithRevision('web', { phase: 'Progressing', message: 'more replicas need to be updated', step: 0 }, revision));
  server.put(analysisRunOf('web', { name: 'web-6b8f9c7d5-2-1', hash: NEW, phase: 'Successful', metric: errorRate('Successful', ['[0.01]', '[0.02]', '[0.01]'], { successful: 3 }) }));
  server.put(analysisRunOf('web', { name: 'web-5d4c3b2a1-1-1', hash: OLD, phase: 'Failed', metric: errorRate('Failed', ['[0.3]'], { failed: 1 }) }));
  server.put(analysisRunOf('other', { name: 'other-6b8f9c7d5-1-1', hash: NEW, phase: 'Failed', metric: errorRate('Failed', ['[0.4]'], { failed: 1 }) }));
  server.put(replicaSetOf('web', NEW, { replicas: 4, ready: 4, available: 4 }));
  server.put(replicaSetOf('web', OLD, { replicas: 0, ready: 0, available: 0 }));
  const run = cli(follow(kubeconfig, 'web'));
  await server.watchesOpened(1);
  server.put(rolloutWithRevision('web', { phase: 'Paused', message: 'CanaryPauseStep', step: 1, pauseReasons: ['CanaryPauseStep'] }, revision));
  server.put(rolloutWithRevision('web', { phase: 'Progressing', message: 'more replicas need to be updated', step: 2 }, revision));
  server.put(rolloutWithRevision('web', { phase: 'Progressing', message: 'more replicas need to be updated', step: 4 }, revision));
  server.put(rolloutWithRevision('web', { phase: 'Healthy', step: 5 }, { current: NEW, stable: NEW }));
  return run;
}

export const ABORT_MESSAGE =
  'RolloutAborted: Rollout aborted update to revision 2: Step-based analysis phase error/failed: Metric "error-rate" assessed Failed due to failed (1) > failureLimit (0)';

/**
 * The failure case of the original design: a canary at 20% with a 10% error rate; its AnalysisRun measures 0.1
 * against `result[0] < 0.05`, fails, and the controller aborts the rollout to Degraded.
 */
export async function abortedRollout(server: KubeApiServer, cli: Cli, kubeconfig: string, format = 'json'): Promise<CliResult> {
  const revision = { current: NEW, stable: OLD };
  server.put(rolloutWithRevision('web', { phase: 'Progressing', message: 'more replicas need to be updated', step: 0 }, revision));
  server.put(replicaSetOf('web', NEW, { replicas: 1, ready: 1, available: 1 }));
  server.put(replicaSetOf('web', OLD, { replicas: 4, ready: 4, available: 4 }));
  const run = cli(['rollout', 'web', '--kubeconfig', kubeconfig, '--namespace', 'shop', '--timeout', '5s', '--format', format]);
  await server.watchesOpened(1);
  server.put(rolloutWithRevision('web', { phase: 'Progressing', message: 'more replicas need to be updated', step: 1 }, revision));
  server.put(analysisRunOf('web', { name: 'web-6b8f9c7d5-2-1', hash: NEW, phase: 'Running', metric: errorRate('Running', [], {}) }));
  server.put(
    analysisRunOf('web', {
      name: 'web-6b8f9c7d5-2-1',
      hash: NEW,
      phase: 'Failed',
      message: 'Metric "error-rate" assessed Failed due to failed (1) > failureLimit (0)',
      metric: errorRate('Failed', ['[0.1]'], { failed: 1 }),
    }),
  );
  server.put(replicaSetOf('web', NEW, { replicas: 0, ready: 0, available: 0 }));
  server.put(
    rolloutWithRevision(
      'web',
      { phase: 'Degraded', message: ABORT_MESSAGE, step: 1, abort: true, conditions: [{ type: 'Progressing', status: 'False', reason: 'RolloutAborted', message: 'Rollout aborted update to revision 2' }] },
      revision,
    ),
  );
  return run;
}

/** A watch cut mid-way: the follower resumes from the last resourceVersion and sees the rest. */
export async function watchCutRollout(server: KubeApiServer, cli: Cli, kubeconfig: string): Promise<CliResult> {
  const revision = { current: NEW, stable: OLD };
  server.put(rolloutWithRevision('web', { phase: 'Progressing', step: 0 }, revision));
  const run = cli(follow(kubeconfig, 'web'));
  await server.watchesOpened(1);
  server.put(rolloutWithRevision('web', { phase: 'Paused', message: 'CanaryPauseStep', step: 1, pauseReasons: ['CanaryPauseStep'] }, revision));
  server.dropWatches();
  server.put(rolloutWithRevision('web', { phase: 'Progressing', step: 2 }, revision));
  await server.watchesOpened(2);
  server.put(rolloutWithRevision('web', { phase: 'Healthy', step: 5 }, { current: NEW, stable: NEW }));
  return run;
}

/** A Flagger Canary analysed step by step to Succeeded; Flagger copies the target's template into the primary on promotion. */
export async function succeedingCanary(server: KubeApiServer, cli: Cli, kubeconfig: string): Promise<CliResult> {
  server.put(deploymentOf('web', 'registry.example/web:pr-42'));
  server.put(deploymentOf('web-primary', 'registry.example/web:pr-41'));
  server.put(canaryAt('web', { phase: 'Progressing', weight: 10, promoted: 'Unknown', message: 'New revision detected, progressing canary analysis.' }));
  const run = cli(follow(kubeconfig, 'web'));
  await server.watchesOpened(1);
  server.put(canaryAt('web', { phase: 'Progressing', weight: 20, promoted: 'Unknown', message: 'Canary analysis in progress.' }));
  server.put(canaryAt('web', { phase: 'Promoting', weight: 50, promoted: 'Unknown', message: 'Canary analysis completed, starting primary rolling update.' }));
  server.put(deploymentOf('web-primary', 'registry.example/web:pr-42'));
  server.put(canaryAt('web', { phase: 'Succeeded', weight: 0, promoted: 'True', message: 'Canary analysis completed successfully, promotion finished.' }));
  return run;
}

/** `--selector app=shop`: two Rollouts and a Canary, followed at once into one table; an unlabelled Rollout is left alone. */
export async function selectedObjects(server: KubeApiServer, cli: Cli, kubeconfig: string): Promise<CliResult> {
  server.put(rolloutWithRevision('cart', { phase: 'Healthy', step: 5 }, { current: OLD, stable: OLD }, { app: 'shop' }));
  server.put(rolloutWithRevision('web', { phase: 'Progressing', step: 2 }, { current: NEW, stable: OLD }, { app: 'shop', tier: 'front' }));
  server.put(rolloutWithRevision('admin', { phase: 'Degraded', message: 'InvalidSpec: steps are invalid', step: 0 }, { current: NEW, stable: OLD }, { app: 'back-office' }));
  server.put(deploymentOf('pay', 'registry.example/pay:pr-42'));
  server.put(deploymentOf('pay-primary', 'registry.example/pay:pr-42'));
  server.put(canaryAt('pay', { phase: 'Succeeded', weight: 0, promoted: 'True', message: 'Canary analysis completed successfully, promotion finished.' }, { app: 'shop' }));
  const run = cli(['rollout', '--selector', 'app=shop', '--kubeconfig', kubeconfig, '--namespace', 'shop', '--timeout', '5s', '--format', 'json']);
  await server.watchesOpened(1);
  server.put(rolloutWithRevision('web', { phase: 'Healthy', step: 5 }, { current: NEW, stable: NEW }, { app: 'shop', tier: 'front' }));
  return run;
}

