import type { Analyzer } from '../core/analyzer.js';
import { UsageError } from '../core/config/usage-error.js';
import { loadKubeConfig } from './cluster/load-kube-config.js';
import { lintPaths } from './lint/lint-paths.js';
import { rolloutSelector } from './cluster/rollout-selector.js';
import { rolloutNames } from './rollout-names.js';

/**
 * The rollout check: with rollout names or a label selector it follows each Rollout (or Flagger Canary) in the
 * cluster (`deps.kubeConfig`) to a verdict; without, it lints the manifests under `paths` (and, with `prometheus-url`,
 * runs the changed AnalysisTemplates against Prometheus before the merge). The cluster client loads
 * only when there is something to follow.
 */
export const rolloutAnalyzer: Analyzer<'rollout'> = {
  name: 'rollout',
  async prepare(config, deps) {
    if (deps.kubeConfig) return deps;
    const kubeConfig = await loadKubeConfig(config);
    return kubeConfig ? { ...deps, kubeConfig } : deps;
  },
  async run(config, deps) {
    const names = rolloutNames(config.settings.rollout);
    const selector = rolloutSelector(config.settings.selector);
    if (selector !== undefined && names.length > 0) {
      throw new UsageError(`--selector ${selector} and the names ${names.join(', ')} both choose what to follow; give one of them (names, or --selector LABELS / the selector setting).`);
    }
    if (selector !== undefined || names.length > 0) {
      const { followRollouts } = await import('./cluster/follow-rollouts.js');
      return followRollouts(selector === undefined ? { names } : { selector }, config, deps);
    }
    const started = performance.now();
    const outcome = lintPaths(config);
    const prometheusUrl = config.settings['prometheus-url'];
    if (typeof prometheusUrl === 'string' && prometheusUrl !== '') {
      // The pre-merge dry run: the changed AnalysisTemplates run against Prometheus.
      const { dryRunManifests } = await import('./dry-run/dry-run-manifests.js');
      const namespace = typeof config.settings.namespace === 'string' && config.settings.namespace !== '' ? config.settings.namespace : 'default';
      // With a kubeconfig, the live stable's args; the Kubernetes client loads only then.
      const liveArgs = deps.kubeConfig ? await (await import('./dry-run/live-stable-args.js')).liveStableArgs(deps.kubeConfig, namespace) : undefined;
      const dryRun = await dryRunManifests(config, deps, prometheusUrl, liveArgs);
      return { findings: [...outcome.findings, ...dryRun.findings], stats: { mode: 'lint', ...outcome.stats, dryRun: dryRun.stats, durationMs: Math.round(performance.now() - started) } };
    }
    return { findings: outcome.findings, stats: { mode: 'lint', ...outcome.stats, durationMs: Math.round(performance.now() - started) } };
  },
};
