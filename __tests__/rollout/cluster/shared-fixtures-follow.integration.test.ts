import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KubeConfig } from '@kubernetes/client-node';
import { parse } from 'yaml';
import { analyze } from '../../../src/core/analyze.js';
import { defaultConfig, mergeConfig } from '../../../src/core/config/config.js';
import type { Report } from '../../../src/core/report.js';
import { startKubeApiServer, type KubeApiServer, type StoredRollout } from '../../helpers/kube-api-server.js';

/**
 * The real Rollouts of the shared corpus, read in place (never copied) and served by the loopback API server, so
 * the follower meets objects from real controllers, not only our own hand-written ones.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
const corpus = path.resolve(root, '..', 'shared/fixtures/rollouts');
const available = existsSync(path.join(corpus, 'README.md'));
const read = (file: string): StoredRollout => parse(readFileSync(path.join(corpus, file), 'utf8')) as StoredRollout;

// file, the rule the verdict gives (none: the gate passes), the phase in the run stats.
const VERDICTS: [file: string, rule: string | undefined, phase: string][] = [
  ['rollout.aborted-background-analysis.yaml', 'rollout-aborted', 'Degraded'],
  ['rollout.degraded-deadline-smi-weights.yaml', 'rollout-degraded', 'Degraded'],
  ['rollout.degraded-deadline-with-inconclusive-pause.yaml', 'rollout-degraded', 'Degraded'],
  ['rollout.degraded-invalidspec.yaml', 'rollout-degraded', 'Degraded'],
  ['rollout.healthy-all-steps-done.yaml', undefined, 'Healthy'],
  ['rollout.paused-bluegreen.yaml', 'rollout-timeout', 'Paused'],
  ['rollout.paused-canary-pause-step-v1.yaml', 'rollout-timeout', 'Paused'],
  ['rollout.progressing-generation-not-observed.yaml', 'rollout-timeout', 'Progressing'],
  // Flagger Canaries (Argo CD's test data, `spec: {}`): found by name without --kind, as no Rollout has it.
  ['flagger/canary.failed.yaml', 'flagger-canary-failed', 'Failed'],
  ['flagger/canary.progressing.yaml', 'rollout-timeout', 'Progressing'],
  ['flagger/canary.succeeded.yaml', undefined, 'Succeeded'],
];

let server: KubeApiServer;

async function follow(rollout: StoredRollout, settings: Record<string, unknown> = {}): Promise<Report> {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromString(server.kubeconfig);
  const metadata = rollout.metadata ?? {};
  const config = mergeConfig(defaultConfig(root), {
    checks: ['rollout'],
    settings: { rollout: [String(metadata.name)], namespace: String(metadata.namespace ?? 'default'), 'rollout-timeout': '200ms', ...settings },
  });
  return analyze(config, { kubeConfig });
}

if (!available && process.env.CI === 'true') {
  describe('following the shared corpus (../shared/fixtures/rollouts)', () => {
    it('is present under CI', () => {
      throw new Error(`The shared rollout corpus is missing at ${corpus}; CI must run with ../shared checked out beside the project.`);
    });
  });
} else if (!available) {
  describe.skip(`following the shared corpus: SKIPPED, ${corpus} does not exist (under CI=true this fails)`, () => {
    it('reads the corpus', () => undefined);
  });
} else {
  describe('following the shared corpus through the loopback API server', () => {
    beforeEach(async () => {
      server = await startKubeApiServer();
    });

    afterEach(async () => {
      await server.close();
    });

    it.each(VERDICTS)('%s → %s', async (file, rule, phase) => {
      const rollout = read(file);
      server.put(rollout);
      const report = await follow(rollout);
      expect(report.findings.map((finding) => finding.rule)).toEqual(rule ? [rule] : []);
      expect(report.gate.passed).toBe(rule === undefined);
      const stats = report.runs[0].stats as { rollouts: { phase: string }[] };
      expect(stats.rollouts.map((entry) => entry.phase)).toEqual([phase]);
    });

    it('accepts the blue-green preview pause with success-on-pause', async () => {
      const rollout = read('rollout.paused-bluegreen.yaml');
      server.put(rollout);
      expect((await follow(rollout, { 'success-on-pause': true })).findings).toEqual([]);
    });

    it('catches the real abort when it arrives over the watch after a Progressing moment', async () => {
      const real = read('rollout.aborted-background-analysis.yaml');
      const before = structuredClone(real) as StoredRollout & { status: Record<string, unknown> };
      before.status = { ...before.status, phase: 'Progressing', message: 'more replicas need to be updated', abort: false, conditions: [] };
      server.put(before);
      const report = follow(real, { 'rollout-timeout': '3s' });
      await server.watchesOpened(1);
      server.put(real);
      const findings = (await report).findings;
      expect(findings.map((finding) => `${finding.rule} ${finding.message}`)).toEqual([
        "rollout-aborted Rollout 'rollout-background-analysis' in namespace 'default' was aborted: RolloutAborted: metric \"web\" assessed Failed due to failed (1) > failureLimit (0)",
      ]);
    });
  });
}
