import { KubeConfig } from '@kubernetes/client-node';
import { analyze } from '../../../src/core/analyze.js';
import { defaultConfig, mergeConfig } from '../../../src/core/config/config.js';
import type { Report } from '../../../src/core/report.js';
import { startKubeApiServer, type KubeApiServer } from '../../helpers/kube-api-server.js';
import { rolloutAt } from '../../helpers/rollout-objects.js';

let server: KubeApiServer;

beforeEach(async () => {
  server = await startKubeApiServer();
});

afterEach(async () => {
  await server.close();
});

async function followed(settings: Record<string, unknown>): Promise<{ report: Report; lines: string[] }> {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromString(server.kubeconfig);
  const lines: string[] = [];
  const config = mergeConfig(defaultConfig('/nonexistent'), { checks: ['rollout'], settings: { namespace: 'shop', 'rollout-timeout': '3s', ...settings } });
  const report = await analyze(config, { kubeConfig, log: (line) => lines.push(line) });
  return { report, lines };
}

const verdicts = (report: Report) => report.findings.map((finding) => `${finding.severity} ${finding.category} ${finding.rule} ${finding.message}`);

const ABORT_MESSAGE = 'RolloutAborted: Rollout aborted update to revision 4: Step-based analysis phase error/failed: metric "error-rate" assessed Failed due to failed (3) > failureLimit (2)';
const aborted = rolloutAt('web', {
  phase: 'Degraded',
  message: ABORT_MESSAGE,
  step: 2,
  abort: true,
  conditions: [{ type: 'Progressing', status: 'False', reason: 'RolloutAborted', message: 'Rollout aborted update to revision 4' }],
});

describe('the rollout check following Rollouts to a verdict', () => {
  it('passes a rollout that goes Progressing → Paused → Healthy, with no finding and its phase in the run stats', async () => {
    server.put(rolloutAt('web', { phase: 'Progressing', message: 'more replicas need to be updated', step: 0 }));
    const run = followed({ rollout: ['web'], image: 'registry.example/web:pr-42' });
    await server.watchesOpened(1);
    server.put(rolloutAt('web', { phase: 'Paused', message: 'CanaryPauseStep', step: 1, pauseReasons: ['CanaryPauseStep'] }));
    server.put(rolloutAt('web', { phase: 'Healthy', step: 5 }));
    const { report, lines } = await run;
    expect(report.findings).toEqual([]);
    expect(report.gate.passed).toBe(true);
    expect(report.runs).toEqual([
      {
        analyzer: 'rollout',
        status: 'ok',
        stats: {
          mode: 'follow',
          rollouts: [
            { kind: 'Rollout', name: 'web', namespace: 'shop', phase: 'Healthy', message: '', ending: 'healthy', needsPromotion: false, step: 5, steps: 5, weights: { desired: 100, actual: 100 }, stepList: [{ kind: 'setWeight', weight: 20 }, { kind: 'pause', duration: '30s' }, { kind: 'setWeight', weight: 50 }, { kind: 'pause' }, { kind: 'setWeight', weight: 100 }], analysisRuns: [], replicaSets: {} },
          ],
          durationMs: expect.any(Number),
        },
      },
    ]);
    expect(lines).toEqual(['shop/web: Progressing - more replicas need to be updated, step 0/5', 'shop/web: Paused - CanaryPauseStep, step 1/5', 'shop/web: Healthy, step 5/5']);
  });

  it('reports an aborted rollout once, as rollout-aborted and not also rollout-degraded, and fails the gate', async () => {
    server.put(rolloutAt('web', { phase: 'Progressing', step: 2 }));
    const run = followed({ rollout: ['web'] });
    await server.watchesOpened(1);
    server.put(aborted);
    const { report } = await run;
    expect(verdicts(report)).toEqual([`error release rollout-aborted Rollout 'web' in namespace 'shop' was aborted: ${ABORT_MESSAGE}`]);
    expect(report.findings[0].file).toBeUndefined();
    expect(report.gate.passed).toBe(false);
  });

  it('reports a progress deadline as rollout-degraded, and nothing for a healthy rollout beside it', async () => {
    server.put(rolloutAt('web', { phase: 'Degraded', message: 'ProgressDeadlineExceeded: ReplicaSet "web-5d4" has timed out progressing.', step: 0, conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "web-5d4" has timed out progressing.' }] }));
    server.put(rolloutAt('api', { phase: 'Healthy', step: 5 }));
    const { report } = await followed({ rollout: ['web', 'api'] });
    expect(verdicts(report)).toEqual([`error release rollout-degraded Rollout 'web' in namespace 'shop' is Degraded: ProgressDeadlineExceeded: ReplicaSet "web-5d4" has timed out progressing.`]);
    const stats = report.runs[0].stats as { rollouts: { name: string; phase: string; ending: string }[] };
    expect(stats.rollouts.map((rollout) => [rollout.name, rollout.phase, rollout.ending])).toEqual([['web', 'Degraded', 'degraded'], ['api', 'Healthy', 'healthy']]);
  });

  it('times out after rollout-timeout, naming the phase and message it waited in', async () => {
    server.put(rolloutAt('web', { phase: 'Progressing', message: 'updated replicas are still becoming available', step: 2 }));
    const started = performance.now();
    const { report } = await followed({ rollout: ['web'], 'rollout-timeout': '300ms' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(verdicts(report)).toEqual(["error release rollout-timeout Rollout 'web' in namespace 'shop' timed out while Progressing - updated replicas are still becoming available."]);
  });

  it('passes an indefinite pause only with success-on-pause', async () => {
    server.put(rolloutAt('web', { phase: 'Paused', message: 'CanaryPauseStep', step: 3, pauseReasons: ['CanaryPauseStep'] }));
    const strict = await followed({ rollout: ['web'], 'rollout-timeout': '200ms' });
    expect(verdicts(strict.report)).toEqual(["error release rollout-timeout Rollout 'web' in namespace 'shop' timed out while Paused - CanaryPauseStep: it needs a promotion."]);
    const lenient = await followed({ rollout: ['web'], 'rollout-timeout': '200ms', 'success-on-pause': true });
    expect(lenient.report.findings).toEqual([]);
    expect(lenient.report.gate.passed).toBe(true);
  });

  it('calls a Healthy rollout running another image rolled back, and passes it when the image matches', async () => {
    server.put(rolloutAt('web', { phase: 'Healthy', step: 5, image: 'registry.example/web:main-7f3a' }));
    const other = await followed({ rollout: ['web'], image: 'registry.example/web:pr-42' });
    expect(verdicts(other.report)).toEqual([
      "error release rollout-rolled-back Rollout 'web' in namespace 'shop' is Healthy but its pod template runs registry.example/web:main-7f3a, not registry.example/web:pr-42: the release was rolled back.",
    ]);
    const same = await followed({ rollout: ['web'], image: 'registry.example/web:main-7f3a' });
    expect(same.report.findings).toEqual([]);
  });

  it('fails the run, naming the rollout, when it does not exist; an existing one in the same namespace is found', async () => {
    server.put(rolloutAt('web', { phase: 'Healthy', step: 5 }));
    const { report } = await followed({ rollout: ['web', 'missing'] });
    expect(report.runs).toEqual([
      { analyzer: 'rollout', status: 'failed', error: "neither a Rollout nor a Flagger Canary named 'missing' in namespace 'shop': check the name and --namespace (the rollout input / namespace setting), and that the deploy step created it.", stats: {} },
    ]);
    expect(report.gate.passed).toBe(false);
  });

  it('honours a rule severity from the config', async () => {
    server.put(aborted);
    const { report } = await followed({ rollout: ['web'] });
    expect(report.findings.map((finding) => finding.severity)).toEqual(['error']);
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromString(server.kubeconfig);
    const config = mergeConfig(defaultConfig('/nonexistent'), { checks: ['rollout'], rules: { 'rollout-aborted': { severity: 'warning' } }, settings: { namespace: 'shop', rollout: ['web'] } });
    const softened = await analyze(config, { kubeConfig });
    expect(softened.findings.map((finding) => `${finding.severity} ${finding.rule}`)).toEqual(['warning rollout-aborted']);
    expect(softened.gate.passed).toBe(true);
  });
});
