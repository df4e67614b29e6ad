import type { Report } from '../../../src/core/report.js';
import { type KubeApiServer } from '../../helpers/kube-api-server.js';
import { canaryAt, deploymentOf, rolloutAt } from '../../helpers/rollout-objects.js';
import { makeTree } from '../../helpers/temp-tree.js';
import { loopbackCluster, succeedingCanary } from './cluster-scenarios.js';
import { followedOf } from '../../helpers/run-stats.js';

let server: KubeApiServer;
let kubeconfig: { file: string; cleanup: () => void };
const { cli } = loopbackCluster((started, written) => {
  server = started;
  kubeconfig = written;
});
const pauseConfig = (() => {
  const config = makeTree({ 'accept-pause.yml': 'success-on-pause: true\n' });
  return { file: `${config.root}/accept-pause.yml`, cleanup: config.cleanup };
})();

afterAll(() => pauseConfig.cleanup());

const follow = (...extra: string[]) => cli(['rollout', 'web', '--kubeconfig', kubeconfig.file, '--namespace', 'shop', '--format', 'json', ...extra]);
const findingsOf = (stdout: string) => (JSON.parse(stdout) as Report).findings.map((finding) => `${finding.rule} ${finding.message}`);
const statsOf = (stdout: string) => followedOf(JSON.parse(stdout) as Report)[0] as unknown as Record<string, unknown>;

const SUCCEEDED = { phase: 'Succeeded', weight: 0, promoted: 'True', message: 'Canary analysis completed successfully, promotion finished.' } as const;

describe('following a Flagger Canary', () => {
  it('follows a Canary (found when no Rollout has the name) to Succeeded, checking the promotion is of the target’s current template', async () => {
    const { code, stdout, stderr } = await succeedingCanary(server, cli, kubeconfig.file);
    expect(stderr).toBe(
      [
        'shop/web: Progressing - New revision detected, progressing canary analysis., weight 10%, failed checks 0/2',
        'shop/web: Progressing - Canary analysis in progress., weight 20%, failed checks 0/2',
        'shop/web: Promoting - Canary analysis completed, starting primary rolling update., weight 50%, failed checks 0/2',
        'shop/web: Succeeded - Canary analysis completed successfully, promotion finished., weight 0%, failed checks 0/2',
        '',
      ].join('\n'),
    );
    expect(code).toBe(0);
    expect(statsOf(stdout)).toEqual({
      kind: 'Canary',
      name: 'web',
      namespace: 'shop',
      phase: 'Succeeded',
      message: 'Canary analysis completed successfully, promotion finished.',
      ending: 'healthy',
      needsPromotion: false,
      weights: { actual: 0 },
      failedChecks: 0,
      threshold: 2,
      revision: { state: 'current', detail: "deployment 'web-primary' runs the target's web=registry.example/web:pr-42" },
      stepList: [],
      analysisRuns: [],
    });
  });

  it('does not take a Succeeded left from the previous release: it waits until Flagger has promoted the new template', async () => {
    server.put(deploymentOf('web', 'registry.example/web:pr-43'));
    server.put(deploymentOf('web-primary', 'registry.example/web:pr-42'));
    server.put(canaryAt('web', SUCCEEDED));
    const run = follow('--timeout', '5s');
    await server.watchesOpened(1);
    server.put(canaryAt('web', { phase: 'Progressing', weight: 10, promoted: 'Unknown', message: 'New revision detected, progressing canary analysis.' }));
    server.put(deploymentOf('web-primary', 'registry.example/web:pr-43'));
    server.put(canaryAt('web', SUCCEEDED));
    const { code, stderr } = await run;
    expect(code).toBe(0);
    expect(stderr).toBe(
      [
        "shop/web: Succeeded - Canary analysis completed successfully, promotion finished., weight 0%, failed checks 0/2 (Flagger has not promoted the target's current pod template: deployment 'web' runs web=registry.example/web:pr-43, 'web-primary' runs web=registry.example/web:pr-42; waiting)",
        'shop/web: Progressing - New revision detected, progressing canary analysis., weight 10%, failed checks 0/2',
        'shop/web: Succeeded - Canary analysis completed successfully, promotion finished., weight 0%, failed checks 0/2',
        '',
      ].join('\n'),
    );
  });

  it('times out on a stale Succeeded that Flagger never moves on, saying why (rollout-timeout)', async () => {
    server.put(deploymentOf('web', 'registry.example/web:pr-43'));
    server.put(deploymentOf('web-primary', 'registry.example/web:pr-42'));
    server.put(canaryAt('web', SUCCEEDED));
    const { code, stdout } = await follow('--timeout', '300ms');
    expect(code).toBe(1);
    expect(findingsOf(stdout)).toEqual([
      "rollout-timeout Canary 'web' in namespace 'shop' timed out while Succeeded - Canary analysis completed successfully, promotion finished. (Flagger has not promoted the target's current pod template: deployment 'web' runs web=registry.example/web:pr-43, 'web-primary' runs web=registry.example/web:pr-42).",
    ]);
  });

  it('fails a Canary Flagger rolled back, naming the phase, failed checks against the threshold and the condition message', async () => {
    server.put(canaryAt('web', { phase: 'Progressing', weight: 20, failedChecks: 1, promoted: 'Unknown', message: 'Canary analysis in progress.' }));
    const run = follow('--timeout', '5s');
    await server.watchesOpened(1);
    server.put(canaryAt('web', { phase: 'Failed', weight: 0, failedChecks: 2, promoted: 'False', message: 'Canary analysis failed, Deployment scaled to zero.' }));
    const { code, stdout } = await run;
    expect(code).toBe(1);
    expect(findingsOf(stdout)).toEqual([
      "flagger-canary-failed Canary 'web' in namespace 'shop' ended Failed with 2 failed checks (threshold 2): Canary analysis failed, Deployment scaled to zero.",
    ]);
    expect(statsOf(stdout)).toMatchObject({ phase: 'Failed', ending: 'degraded', failedChecks: 2, threshold: 2, revision: { state: 'unchecked' } });
    // A failure needs no Deployment: none was read.
    expect(server.requests.filter((request) => request.resource === 'apps/deployments')).toEqual([]);
  });

  it('calls the revision "unknown" when the Deployments are forbidden, and passes the promotion', async () => {
    server.forbid('apps/deployments');
    server.put(canaryAt('web', SUCCEEDED));
    const { code, stdout } = await follow('--timeout', '2s');
    expect(code).toBe(0);
    const reason = "forbidden: cannot get deployments.apps 'web' in namespace 'shop' (HTTP 403); grant get, list and watch on deployments.apps to the checker's account (see docs/rbac.yaml).";
    expect(statsOf(stdout)).toMatchObject({ phase: 'Succeeded', ending: 'healthy', revision: { state: 'unknown', detail: reason }, unknown: { revision: reason } });
  });

  it('times out at WaitingPromotion saying the webhook holds it, and success-on-pause accepts it', async () => {
    server.put(deploymentOf('web', 'registry.example/web:pr-42'));
    server.put(canaryAt('web', { phase: 'WaitingPromotion', weight: 50, promoted: 'Unknown', message: 'Waiting for approval.' }));
    const waiting = await follow('--timeout', '200ms');
    expect(waiting.code).toBe(1);
    expect(findingsOf(waiting.stdout)).toEqual(["rollout-timeout Canary 'web' in namespace 'shop' timed out while WaitingPromotion - Waiting for approval.: it waits for its confirm-promotion webhook."]);
    const accepted = await follow('--timeout', '2s', '--config', pauseConfig.file);
    expect([accepted.code, findingsOf(accepted.stdout), statsOf(accepted.stdout).ending]).toEqual([0, [], 'paused']);
  });

  it('exits 2 when a Rollout and a Canary share the name, and --kind picks one', async () => {
    server.put(rolloutAt('web', { phase: 'Healthy', step: 5 }));
    server.put(canaryAt('web', { phase: 'Failed', weight: 0, failedChecks: 2, promoted: 'False', message: 'Canary analysis failed, Deployment scaled to zero.' }));
    const both = await follow('--timeout', '2s');
    expect(both.code).toBe(2);
    expect((JSON.parse(both.stdout) as Report).runs[0].error).toBe(
      "'web' names both a Rollout and a Flagger Canary in namespace 'shop'; pass --kind rollout or --kind canary (the kind setting) to say which to follow.",
    );
    expect((await follow('--kind', 'rollout', '--timeout', '2s')).code).toBe(0);
    const canary = await follow('--kind', 'canary', '--timeout', '2s');
    expect([canary.code, findingsOf(canary.stdout).map((line) => line.split(' ')[0])]).toEqual([1, ['flagger-canary-failed']]);
  });
});
