import type { Report } from '../../../src/core/report.js';
import { TEST_TOKEN, type KubeApiServer } from '../../helpers/kube-api-server.js';
import { rolloutAt } from '../../helpers/rollout-objects.js';
import { loopbackCluster } from './cluster-scenarios.js';
import { followedOf } from '../../helpers/run-stats.js';

let server: KubeApiServer;
let kubeconfig: { file: string; cleanup: () => void };
const { cli, root } = loopbackCluster((started, written) => {
  server = started;
  kubeconfig = written;
});

describe('predator-guard rollout NAME (following a rollout in the cluster)', () => {
  it('follows the rollout to Healthy, prints progress on stderr and the phase in the JSON stats, exit 0', async () => {
    server.put(rolloutAt('web', { phase: 'Progressing', message: 'more replicas need to be updated', step: 2 }));
    const run = cli(['rollout', 'web', '--kubeconfig', kubeconfig.file, '--namespace', 'shop', '--timeout', '2s', '--format', 'json']);
    await server.watchesOpened(1);
    server.put(rolloutAt('web', { phase: 'Healthy', step: 5 }));
    const { code, stdout, stderr } = await run;
    expect(code).toBe(0);
    expect(stderr).toBe('shop/web: Progressing - more replicas need to be updated, step 2/5\nshop/web: Healthy, step 5/5\n');
    const report = JSON.parse(stdout) as Report;
    expect(followedOf(report)).toEqual([
      { kind: 'Rollout', name: 'web', namespace: 'shop', phase: 'Healthy', message: '', ending: 'healthy', needsPromotion: false, step: 5, steps: 5, weights: { desired: 100, actual: 100 }, stepList: [{ kind: 'setWeight', weight: 20 }, { kind: 'pause', duration: '30s' }, { kind: 'setWeight', weight: 50 }, { kind: 'pause' }, { kind: 'setWeight', weight: 100 }], analysisRuns: [], replicaSets: {} },
    ]);
    expect(stdout + stderr).not.toContain(TEST_TOKEN);
  });

  it('exits 1 on an aborted rollout with one finding', async () => {
    server.put(rolloutAt('web', { phase: 'Degraded', message: 'RolloutAborted: Rollout aborted update to revision 2', step: 1, abort: true }));
    const { code, stdout } = await cli(['rollout', 'web', '--kubeconfig', kubeconfig.file, '--namespace', 'shop', '--timeout', '2s', '--format', 'json']);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as Report).findings.map((finding) => finding.rule)).toEqual(['rollout-aborted']);
  });

  it('exits 2 naming a rollout that does not exist, and a kubeconfig file that does not exist', async () => {
    const missing = await cli(['rollout', 'nope', '--kubeconfig', kubeconfig.file, '--namespace', 'shop', '--timeout', '2s', '--format', 'json']);
    expect(missing.code).toBe(2);
    expect((JSON.parse(missing.stdout) as Report).runs[0].error).toBe(
      "neither a Rollout nor a Flagger Canary named 'nope' in namespace 'shop': check the name and --namespace (the rollout input / namespace setting), and that the deploy step created it.",
    );
    const noFile = await cli(['rollout', 'web', '--kubeconfig', 'absent.yaml']);
    expect(noFile).toEqual({
      code: 2,
      stdout: '',
      stderr: `predator-guard: --kubeconfig: 'absent.yaml' does not exist (looked at ${root}/absent.yaml); pass the path of a kubeconfig file, or leave it out to use KUBECONFIG or the in-cluster account.\n`,
    });
  });

  it('exits 2 on an unknown --context, listing the known ones', async () => {
    const { code, stderr } = await cli(['rollout', 'web', '--kubeconfig', kubeconfig.file, '--context', 'prod']);
    expect(code).toBe(2);
    expect(stderr).toBe("predator-guard: --context: 'prod' is not in the kubeconfig; expected one of: loopback.\n");
  });
});
