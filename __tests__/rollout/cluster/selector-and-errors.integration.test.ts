import type { Report } from '../../../src/core/report.js';
import { TEST_TOKEN, type KubeApiServer } from '../../helpers/kube-api-server.js';
import { rolloutAt } from '../../helpers/rollout-objects.js';
import { loopbackCluster, selectedObjects } from './cluster-scenarios.js';
import { followedOf } from '../../helpers/run-stats.js';

let server: KubeApiServer;
let kubeconfig: { file: string; cleanup: () => void };
const { cli } = loopbackCluster((started, written) => {
  server = started;
  kubeconfig = written;
});


const follow = (...args: string[]) => cli(['rollout', ...args, '--kubeconfig', kubeconfig.file, '--namespace', 'shop', '--timeout', '2s', '--format', 'json']);
const runError = (stdout: string) => (JSON.parse(stdout) as Report).runs[0].error;

describe('--selector: following every Rollout and Canary with the labels', () => {
  it('follows two Rollouts and a Canary at once into one table, with one list per kind and a watch only for the one still moving', async () => {
    const { code, stdout, stderr } = await selectedObjects(server, cli, kubeconfig.file);
    expect(code).toBe(0);
    const rows = followedOf(JSON.parse(stdout) as Report).map((row) => [row.kind, row.name, row.phase, row.ending]);
    expect(rows).toEqual([
      ['Rollout', 'cart', 'Healthy', 'healthy'],
      ['Rollout', 'web', 'Healthy', 'healthy'],
      ['Canary', 'pay', 'Succeeded', 'healthy'],
    ]);
    expect(stderr.split('\n').sort()).toEqual([
      '',
      'shop/cart: Healthy, step 5/5',
      'shop/pay: Succeeded - Canary analysis completed successfully, promotion finished., weight 0%, failed checks 0/2',
      'shop/web: Healthy, step 5/5',
      'shop/web: Progressing, step 2/5',
    ]);
    const lists = server.requests.filter((request) => request.verb === 'list' && request.resource !== 'argoproj.io/analysisruns' && request.resource !== 'apps/replicasets');
    expect(lists.map((request) => [request.resource, request.labelSelector])).toEqual([
      ['argoproj.io/rollouts', 'app=shop'],
      ['flagger.app/canaries', 'app=shop'],
    ]);
    expect(server.requests.filter((request) => request.verb === 'watch').map((request) => request.fieldSelector)).toEqual(['metadata.name=web']);
    expect(server.requests.filter((request) => request.verb === 'get').map((request) => `${request.resource} ${request.name}`)).toEqual(['apps/deployments pay', 'apps/deployments pay-primary']);
  });

  it('exits 2 naming the selector and namespace when nothing matches, and when names are given too', async () => {
    server.put(rolloutAt('web', { phase: 'Healthy', step: 5 }));
    const none = await follow('--selector', 'app=none');
    expect([none.code, runError(none.stdout)]).toEqual([
      2,
      "--selector app=none: no Rollout or Flagger Canary in namespace 'shop' has these labels; check them with 'kubectl get rollouts,canaries -n shop -l app=none', and --namespace.",
    ]);
    const onlyRollouts = await follow('--selector', 'app=none', '--kind', 'rollout');
    expect(runError(onlyRollouts.stdout)).toBe("--selector app=none: no Rollout in namespace 'shop' has these labels; check them with 'kubectl get rollouts -n shop -l app=none', and --namespace.");
    const both = await follow('web', '--selector', 'app=shop');
    expect([both.code, runError(both.stdout)]).toEqual([2, '--selector app=shop and the names web both choose what to follow; give one of them (names, or --selector LABELS / the selector setting).']);
  });
});

describe('bad input: each with its exit code and exact message', () => {
  it('an unknown name: neither a Rollout nor a Canary', async () => {
    const { code, stdout } = await follow('nope');
    expect([code, runError(stdout)]).toEqual([
      2,
      "neither a Rollout nor a Flagger Canary named 'nope' in namespace 'shop': check the name and --namespace (the rollout input / namespace setting), and that the deploy step created it.",
    ]);
    const rollout = await follow('nope', '--kind', 'rollout');
    expect(runError(rollout.stdout)).toBe("Rollout 'nope' not found in namespace 'shop': check the name and --namespace (the rollout input / namespace setting), and that the deploy step created it.");
  });

  it('an API server that does not answer', async () => {
    // The kubeconfig keeps pointing at the closed server's port: nothing listens there any more.
    const url = server.url;
    await server.close();
    const { code, stdout, stderr } = await follow('web');
    expect(code).toBe(2);
    expect(runError(stdout)).toBe(
      `cannot reach the Kubernetes API server at ${url} (ECONNREFUSED) to get rollouts.argoproj.io 'web' in namespace 'shop': check the cluster's server in the kubeconfig, --context, and that this runner can reach it.`,
    );
    expect(stdout + stderr).not.toContain(TEST_TOKEN);
  });

  it('403 on rollouts: a failed run naming the verb, resource, namespace and docs/rbac.yaml', async () => {
    server.put(rolloutAt('web', { phase: 'Healthy', step: 5 }));
    server.forbid('argoproj.io/rollouts');
    const { code, stdout } = await follow('web');
    expect([code, runError(stdout)]).toEqual([
      2,
      "forbidden: cannot get rollouts.argoproj.io 'web' in namespace 'shop' (HTTP 403); grant get, list and watch on rollouts.argoproj.io to the checker's account (see docs/rbac.yaml).",
    ]);
    const listed = await follow('--selector', 'app=shop');
    expect(runError(listed.stdout)).toBe("forbidden: cannot list rollouts.argoproj.io in namespace 'shop' (HTTP 403); grant get, list and watch on rollouts.argoproj.io to the checker's account (see docs/rbac.yaml).");
  });

  it('a malformed Rollout, first read or later in the watch', async () => {
    const broken = rolloutAt('web', { phase: 'Progressing', step: 0 });
    server.put({ ...broken, status: { ...(broken.status as Record<string, unknown>), currentStepIndex: 'two' } });
    const first = await follow('web');
    expect([first.code, runError(first.stdout)]).toEqual([
      2,
      `Rollout 'web' in namespace 'shop' is malformed: status.currentStepIndex is a string ("two"), expected a number; the check cannot judge it. Fix the object (kubectl get rollout web -n shop -o yaml), or check the controller version that wrote it.`,
    ]);
    server.put(rolloutAt('canary', { phase: 'Progressing', step: 0 }));
    const run = follow('canary');
    await server.watchesOpened(1);
    server.put({ ...rolloutAt('canary', { phase: 'Progressing', step: 1 }), spec: { strategy: { canary: { steps: 'setWeight: 20' } } } });
    const later = await run;
    expect(runError(later.stdout)).toBe(
      `Rollout 'canary' in namespace 'shop' is malformed: spec.strategy.canary.steps is a string ("setWeight: 20"), expected a list; the check cannot judge it. Fix the object (kubectl get rollout canary -n shop -o yaml), or check the controller version that wrote it.`,
    );
  });

  it('one object failing mid-way stops following the others at once, rather than at their timeouts', async () => {
    server.put(rolloutAt('web', { phase: 'Progressing', step: 0 }));
    server.put(rolloutAt('cart', { phase: 'Progressing', step: 0 }));
    const started = performance.now();
    const run = cli(['rollout', 'web', 'cart', '--kubeconfig', kubeconfig.file, '--namespace', 'shop', '--timeout', '60s', '--format', 'json']);
    await server.watchesOpened(2);
    server.put({ ...rolloutAt('cart', { phase: 'Progressing', step: 1 }), status: { phase: 7 } });
    const { code, stdout } = await run;
    expect(code).toBe(2);
    expect(runError(stdout)).toBe(
      "Rollout 'cart' in namespace 'shop' is malformed: status.phase is a number (7), expected a string; the check cannot judge it. Fix the object (kubectl get rollout cart -n shop -o yaml), or check the controller version that wrote it.",
    );
    // 'web' never ends on its own: only the stop makes the run end long before its 60 s timeout.
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('an invalid duration', async () => {
    const { code, stdout, stderr } = await cli(['rollout', 'web', '--kubeconfig', kubeconfig.file, '--timeout', '10 minutes']);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: "predator-guard: --timeout: got '10 minutes'; expected a Go-style duration such as 10m, 90s or 1h30m.\n" });
    expect(server.requests).toEqual([]);
  });
});
