import { createHash } from 'node:crypto';
import type { AnalyzerOutput, Deps } from '../../core/analyzer.js';
import type { Config } from '../../core/config.js';
import { UsageError } from '../../core/config-error.js';
import { parseDuration } from '../../core/duration.js';
import type { Finding } from '../../core/finding.js';
import { VERDICT_RULES } from '../verdict-rules/index.js';
import { followRollout, type FollowOutcome } from './follow-rollout.js';
import { kubeRolloutApi } from './kube-rollout-api.js';
import type { RolloutApi } from './rollout-api.js';
import { rolloutStats } from './rollout-stats.js';

const DEFAULT_TIMEOUT = '10m';
const DEFAULT_NAMESPACE = 'default';

/** Follows each named Rollout to its verdict, one after the other, and turns each verdict into at most one finding. */
export async function followRollouts(names: readonly string[], config: Config, deps: Deps): Promise<AnalyzerOutput> {
  if (!deps.kubeConfig) {
    throw new UsageError(`following rollout ${names.join(', ')} needs a cluster: pass --kubeconfig FILE, set KUBECONFIG, or run inside the cluster.`);
  }
  const api: RolloutApi = kubeRolloutApi(deps.kubeConfig);
  const settings = config.settings;
  const timeoutText = typeof settings['rollout-timeout'] === 'string' ? settings['rollout-timeout'] : DEFAULT_TIMEOUT;
  const timeoutMs = parseDuration(timeoutText);
  if (timeoutMs === undefined) throw new UsageError(`rollout-timeout: got '${timeoutText}'; expected a Go-style duration such as 10m, 90s or 1h30m.`);
  const namespace = typeof settings.namespace === 'string' && settings.namespace !== '' ? settings.namespace : DEFAULT_NAMESPACE;
  const image = typeof settings.image === 'string' && settings.image !== '' ? settings.image : undefined;
  const started = performance.now();
  const outcomes: FollowOutcome[] = [];
  for (const name of names) {
    outcomes.push(await followRollout(api, { name, namespace }, { timeoutMs, successOnPause: settings['success-on-pause'] === true, log: deps.log ?? (() => {}) }));
  }
  return {
    findings: outcomes.flatMap((outcome) => verdictFindings(outcome, config, image)),
    stats: { mode: 'follow', rollouts: outcomes.map(rolloutStats), durationMs: Math.round(performance.now() - started) },
  };
}

function verdictFindings(outcome: FollowOutcome, config: Config, image: string | undefined): Finding[] {
  return VERDICT_RULES.flatMap((rule): Finding[] => {
    const configured = config.rules[rule.meta.id]?.severity;
    if (configured === 'off') return [];
    const report = rule.check(outcome, { image });
    if (!report) return [];
    return [
      {
        analyzer: 'rollout',
        rule: rule.meta.id,
        category: rule.meta.category,
        severity: configured ?? rule.meta.severity,
        message: report.message,
        suggestion: report.suggestion,
        // Per rollout, not per message: a baseline entry should keep matching while the phase message changes.
        fingerprint: createHash('sha256').update(`${rule.meta.id}\0${outcome.ref.namespace}/${outcome.ref.name}`).digest('hex').slice(0, 32),
        data: { rollout: outcome.ref.name, namespace: outcome.ref.namespace, phase: outcome.phase },
      },
    ];
  });
}
