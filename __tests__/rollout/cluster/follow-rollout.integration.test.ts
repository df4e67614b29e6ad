import { KubeConfig } from '@kubernetes/client-node';
import { followRollout, type FollowOutcome } from '../../../src/rollout/cluster/follow-rollout.js';
import { kubeObjectApi } from '../../../src/rollout/cluster/kube-object-api.js';
import { startKubeApiServer, type KubeApiServer } from '../../helpers/kube-api-server.js';
import { rolloutAt } from '../../helpers/rollout-objects.js';

let server: KubeApiServer;

beforeEach(async () => {
  server = await startKubeApiServer();
});

afterEach(async () => {
  await server.close();
});

function follow(name: string, options: { timeoutMs?: number; successOnPause?: boolean } = {}): { outcome: Promise<FollowOutcome>; lines: string[] } {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromString(server.kubeconfig);
  const lines: string[] = [];
  const outcome = followRollout(kubeObjectApi(kubeConfig), { name, namespace: 'shop' }, {
    timeoutMs: options.timeoutMs ?? 5000,
    successOnPause: options.successOnPause ?? false,
    log: (line) => lines.push(line),
    reconnectDelayMs: 20,
  });
  return { outcome, lines };
}

const summary = (outcome: FollowOutcome) => ({ ending: outcome.ending, phase: outcome.phase, message: outcome.message, needsPromotion: outcome.needsPromotion });

describe('followRollout against a loopback API server', () => {
  it('follows a canary through its steps to Healthy with one get and one watch, logging each new phase and step once', async () => {
    const first = server.put(rolloutAt('web', { phase: 'Progressing', message: 'more replicas need to be updated', step: 0 }));
    const { outcome, lines } = follow('web');
    await server.watchesOpened(1);
    server.put(rolloutAt('web', { phase: 'Paused', message: 'CanaryPauseStep', step: 1, pauseReasons: ['CanaryPauseStep'] }));
    server.put(rolloutAt('web', { phase: 'Paused', message: 'CanaryPauseStep', step: 1, pauseReasons: ['CanaryPauseStep'] }));
    server.put(rolloutAt('web', { phase: 'Progressing', message: 'more replicas need to be updated', step: 2 }));
    server.put(rolloutAt('web', { phase: 'Healthy', step: 5 }));
    expect(summary(await outcome)).toEqual({ ending: 'healthy', phase: 'Healthy', message: '', needsPromotion: false });
    expect(lines).toEqual([
      'shop/web: Progressing - more replicas need to be updated, step 0/5',
      'shop/web: Paused - CanaryPauseStep, step 1/5',
      'shop/web: Progressing - more replicas need to be updated, step 2/5',
      'shop/web: Healthy, step 5/5',
    ]);
    expect(server.requests.map((request) => [request.path, request.watch, request.fieldSelector, request.resourceVersion])).toEqual([
      ['/apis/argoproj.io/v1alpha1/namespaces/shop/rollouts/web', false, undefined, undefined],
      ['/apis/argoproj.io/v1alpha1/namespaces/shop/rollouts', true, 'metadata.name=web', first],
    ]);
  });

  it('ends at once on an object that is already Degraded, without opening a watch', async () => {
    server.put(rolloutAt('web', { phase: 'Degraded', message: 'ProgressDeadlineExceeded: ReplicaSet "web-5d4" has timed out progressing.', step: 0 }));
    const { outcome } = follow('web');
    expect(summary(await outcome)).toEqual({ ending: 'degraded', phase: 'Degraded', message: 'ProgressDeadlineExceeded: ReplicaSet "web-5d4" has timed out progressing.', needsPromotion: false });
    expect(server.requests.filter((request) => request.watch)).toEqual([]);
  });

  it('resumes a dropped watch from the last resourceVersion it saw, missing no change', async () => {
    server.put(rolloutAt('web', { phase: 'Progressing', step: 0 }));
    const { outcome, lines } = follow('web');
    await server.watchesOpened(1);
    const seen = server.put(rolloutAt('web', { phase: 'Paused', message: 'CanaryPauseStep', step: 1, pauseReasons: ['CanaryPauseStep'] }));
    await waitFor(() => lines.length === 2);
    server.dropWatches();
    server.put(rolloutAt('web', { phase: 'Progressing', step: 2 }));
    server.put(rolloutAt('web', { phase: 'Healthy', step: 5 }));
    expect((await outcome).ending).toBe('healthy');
    const watches = server.requests.filter((request) => request.watch);
    expect(watches.map((request) => request.resourceVersion)).toEqual([String(Number(seen) - 1), seen]);
    expect(server.requests.filter((request) => !request.watch)).toHaveLength(1);
    expect(lines).toEqual(['shop/web: Progressing, step 0/5', 'shop/web: Paused - CanaryPauseStep, step 1/5', 'shop/web: Progressing, step 2/5', 'shop/web: Healthy, step 5/5']);
  });

  it('reads the rollout again after a 410 Gone and watches from the fresh resourceVersion', async () => {
    server.put(rolloutAt('web', { phase: 'Progressing', step: 0 }));
    const { outcome, lines } = follow('web');
    await server.watchesOpened(1);
    server.dropWatches();
    const fresh = server.put(rolloutAt('web', { phase: 'Progressing', step: 2 }));
    server.compact();
    await server.watchesOpened(3);
    server.put(rolloutAt('web', { phase: 'Healthy', step: 5 }));
    expect((await outcome).ending).toBe('healthy');
    expect(server.requests.map((request) => (request.watch ? `watch ${request.resourceVersion}` : 'get'))).toEqual([
      'get',
      'watch 101',
      'watch 101',
      'get',
      `watch ${fresh}`,
    ]);
    expect(lines).toEqual([
      'shop/web: Progressing, step 0/5',
      'shop/web: watch expired (410 Gone); reading the rollout again',
      'shop/web: Progressing, step 2/5',
      'shop/web: Healthy, step 5/5',
    ]);
  });

  it('times out on an indefinite pause, saying it needs a promotion, and accepts the pause with success-on-pause', async () => {
    server.put(rolloutAt('web', { phase: 'Paused', message: 'CanaryPauseStep', step: 3, pauseReasons: ['CanaryPauseStep'] }));
    const waiting = follow('web', { timeoutMs: 300 });
    expect(summary(await waiting.outcome)).toEqual({ ending: 'timeout', phase: 'Paused', message: 'CanaryPauseStep', needsPromotion: true });
    expect(waiting.lines).toEqual(['shop/web: Paused - CanaryPauseStep, step 3/5 (needs a promotion: kubectl argo rollouts promote)']);
    const accepted = follow('web', { timeoutMs: 300, successOnPause: true });
    expect(summary(await accepted.outcome)).toEqual({ ending: 'paused', phase: 'Paused', message: 'CanaryPauseStep', needsPromotion: true });
  });

  it('does not call a timed pause a promotion, and an inconclusive analysis does', async () => {
    server.put(rolloutAt('timed', { phase: 'Paused', message: 'CanaryPauseStep', step: 1, pauseReasons: ['CanaryPauseStep'] }));
    server.put(rolloutAt('unsure', { phase: 'Paused', message: 'InconclusiveAnalysisRun', step: 2, pauseReasons: ['InconclusiveAnalysisRun'] }));
    expect((await follow('timed', { timeoutMs: 100 }).outcome).needsPromotion).toBe(false);
    expect((await follow('unsure', { timeoutMs: 100 }).outcome).needsPromotion).toBe(true);
  });

  it('names the rollout and namespace when it does not exist, and the verb and resource on a 403', async () => {
    await expect(follow('missing').outcome).rejects.toThrow(
      "Rollout 'missing' not found in namespace 'shop': check the name and --namespace (the rollout input / namespace setting), and that the deploy step created it.",
    );
    server.put(rolloutAt('web', { phase: 'Progressing', step: 0 }));
    server.forbidAll();
    await expect(follow('web').outcome).rejects.toThrow(
      "forbidden: cannot get rollouts.argoproj.io 'web' in namespace 'shop' (HTTP 403); grant get, list and watch on rollouts.argoproj.io to the checker's account (see docs/rbac.yaml).",
    );
  });
});

describe('the monitor hook of the follow loop (metrics and health probes plug in here)', () => {
  const followWith = (tick: () => Promise<void>, timeoutMs: number) => {
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromString(server.kubeconfig);
    return followRollout(kubeObjectApi(kubeConfig), { name: 'web', namespace: 'shop' }, { timeoutMs, successOnPause: false, log: () => {}, monitor: { everyMs: 20, tick } });
  };

  it('ticks while the wait lasts and never after it ended', async () => {
    server.put(rolloutAt('web', { phase: 'Progressing', step: 0 }));
    let ticks = 0;
    const outcome = followWith(async () => {
      ticks += 1;
      if (ticks === 3) server.put(rolloutAt('web', { phase: 'Healthy', step: 5 }));
    }, 5000);
    expect((await outcome).ending).toBe('healthy');
    const atEnd = ticks;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect([atEnd >= 3, ticks]).toEqual([true, atEnd]);
  });

  it('ends the wait with the error a tick rejects with', async () => {
    server.put(rolloutAt('web', { phase: 'Progressing', step: 0 }));
    let ticks = 0;
    const outcome = followWith(async () => {
      ticks += 1;
      if (ticks === 2) throw new Error("health probe 'https://web.shop/healthz' failed: HTTP 503");
    }, 5000);
    await expect(outcome).rejects.toThrow("health probe 'https://web.shop/healthz' failed: HTTP 503");
    expect(ticks).toBe(2);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
