import { createHash } from 'node:crypto';
import type { AnalyzerOutput, Deps } from '../../core/analyzer.js';
import type { Config } from '../../core/config/config.js';
import { UsageError } from '../../core/config/usage-error.js';
import { parseDuration } from '../../core/config/duration.js';
import type { Finding } from '../../core/finding.js';
import { rulesOf } from '../../core/rules/registry.js';
import { severityFor } from '../../core/rules/settings.js';
import { canaryStats } from '../flagger/canary-stats.js';
import { followCanary, type CanaryOutcome } from '../flagger/follow-canary.js';
import { startReleaseChecks } from '../metrics/release-checks.js';
import { VERDICT_RULES } from '../meta.js';
import type { VerdictContext, VerdictReport, VerdictRule } from './verdict-rule.js';
import { followRollout, type FollowOutcome, type FollowOptions } from './follow-rollout.js';
import { targetsByName, targetsBySelector, type FollowTarget, type TargetKind } from './follow-targets.js';
import { kubeObjectApi } from './kube-object-api.js';
import type { ObjectApi } from './object-api.js';
import { rolloutStats } from './rollout-stats.js';

const DEFAULT_TIMEOUT = '10m';
const DEFAULT_NAMESPACE = 'default';

/** Which objects to follow: named ones (the `rollout` setting), or those a label selector matches (`selector`). */
export type FollowRequest = { names: readonly string[] } | { selector: string };

type Followed = { kind: 'Rollout'; outcome: FollowOutcome } | { kind: 'Canary'; outcome: CanaryOutcome };

/**
 * Follows each Rollout or Canary to its verdict, all at once (each has its own timeout, so the slowest decides how
 * long the run takes, not their sum), and turns each verdict into at most one finding: one table, one gate.
 */
export async function followRollouts(request: FollowRequest, config: Config, deps: Deps): Promise<AnalyzerOutput<'rollout'>> {
  if (!deps.kubeConfig) {
    const what = 'names' in request ? `rollout ${request.names.join(', ')}` : `--selector ${request.selector}`;
    throw new UsageError(`following ${what} needs a cluster: pass --kubeconfig FILE, set KUBECONFIG, or run inside the cluster.`);
  }
  const api = kubeObjectApi(deps.kubeConfig);
  const settings = config.settings;
  const options: FollowOptions = { timeoutMs: timeoutOf(settings['rollout-timeout']), successOnPause: settings['success-on-pause'] === true, log: deps.log ?? (() => {}) };
  const namespace = typeof settings.namespace === 'string' && settings.namespace !== '' ? settings.namespace : DEFAULT_NAMESPACE;
  const kind = settings.kind === 'rollout' || settings.kind === 'canary' ? (settings.kind as TargetKind) : undefined;
  const image = typeof settings.image === 'string' && settings.image !== '' ? settings.image : undefined;
  const started = performance.now();
  const targets = 'names' in request ? await targetsByName(api, request.names, namespace, kind) : await targetsBySelector(api, request.selector, namespace, kind);
  // Health probes run during the waits; template metrics and the canary judge are measured when they are over.
  const releaseChecks = startReleaseChecks(config, deps);
  const followed = await followAll(targets, (target, signal) => follow(api, target, namespace, { ...options, signal })).catch(async (error: unknown) => {
    await releaseChecks.stop();
    throw error;
  });
  const release = await releaseChecks.finish(followed.flatMap((entry) => (entry.kind === 'Rollout' ? [entry.outcome] : [])));
  return {
    findings: [...followed.flatMap((entry) => verdictFindings(entry, config, { image })), ...release.findings],
    stats: {
      mode: 'follow',
      rollouts: followed.map((entry) => (entry.kind === 'Rollout' ? rolloutStats(entry.outcome) : canaryStats(entry.outcome))),
      ...release.stats,
      durationMs: Math.round(performance.now() - started),
    },
  };
}

function timeoutOf(setting: unknown): number {
  const text = typeof setting === 'string' ? setting : DEFAULT_TIMEOUT;
  const timeoutMs = parseDuration(text);
  if (timeoutMs === undefined) throw new UsageError(`rollout-timeout: got '${text}'; expected a Go-style duration such as 10m, 90s or 1h30m.`);
  return timeoutMs;
}

/**
 * Follows every target at once; the first failure stops the others, whose watches would otherwise keep the process
 * alive until their own timeouts although the run has already failed.
 */
async function followAll(targets: readonly FollowTarget[], followOne: (target: FollowTarget, signal: AbortSignal) => Promise<Followed>): Promise<Followed[]> {
  const controller = new AbortController();
  try {
    return await Promise.all(targets.map((target) => followOne(target, controller.signal)));
  } finally {
    controller.abort('another object could not be followed');
  }
}

async function follow(api: ObjectApi, target: FollowTarget, namespace: string, options: FollowOptions): Promise<Followed> {
  const ref = { name: target.name, namespace };
  if (target.kind === 'Rollout') return { kind: 'Rollout', outcome: await followRollout(api, ref, options, target.object) };
  return { kind: 'Canary', outcome: await followCanary(api, ref, options, target.object) };
}

function verdictFindings(followed: Followed, config: Config, context: VerdictContext): Finding[] {
  const { ref, phase } = followed.outcome;
  return rulesOf(VERDICT_RULES).flatMap((rule): Finding[] => {
    const severity = severityFor(rule.meta, config.rules[rule.meta.id]?.severity);
    if (!severity) return [];
    const report = verdictOf(rule, followed, context);
    if (!report) return [];
    return [
      {
        analyzer: 'rollout',
        rule: rule.meta.id,
        category: rule.meta.category,
        severity,
        message: report.message,
        suggestion: report.suggestion,
        fingerprint: fingerprintOf(rule.meta.id, followed),
        data: { rollout: ref.name, namespace: ref.namespace, kind: followed.kind, phase },
      },
    ];
  });
}

/**
 * Per object, not per message: a baseline entry should keep matching while the phase message changes. A Canary's
 * key carries its kind, so a Rollout and a Canary of one name never share an entry.
 */
function fingerprintOf(rule: string, followed: Followed): string {
  const { namespace, name } = followed.outcome.ref;
  const key = followed.kind === 'Rollout' ? `${rule}\0${namespace}/${name}` : `${rule}\0Canary\0${namespace}/${name}`;
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

function verdictOf(rule: VerdictRule, followed: Followed, context: VerdictContext): VerdictReport | undefined {
  if (followed.kind === 'Rollout') return rule.check(followed.outcome, context);
  return rule.checkCanary?.(followed.outcome, context);
}
