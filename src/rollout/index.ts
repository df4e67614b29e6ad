import type { Analyzer, Deps } from '../core/analyzer.js';
import type { Config } from '../core/config/config.js';
import { UsageError } from '../core/config/usage-error.js';
import { loadKubeConfig } from './cluster/load-kube-config.js';
import { lintTargets, readLintTargets } from './lint/lint-paths.js';
import type { Manifest } from './lint/manifest.js';
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
    const targets = readLintTargets(config);
    const prometheusUrl = config.settings['prometheus-url'];
    // The pre-merge dry run (the changed AnalysisTemplates against Prometheus) before the lint, so the one pass over
    // the manifests' suppression comments covers its findings too.
    const dryRun = typeof prometheusUrl === 'string' && prometheusUrl !== '' ? await dryRunChangedTemplates(targets.manifests, config, deps, prometheusUrl) : undefined;
    return {
      findings: lintTargets(targets, config, dryRun?.findings),
      stats: { mode: 'lint', ...targets.stats, ...(dryRun ? { dryRun: dryRun.stats } : {}), durationMs: Math.round(performance.now() - started) },
    };
  },
};

async function dryRunChangedTemplates(manifests: readonly Manifest[], config: Config, deps: Deps, prometheusUrl: string) {
  const { dryRunManifests } = await import('./dry-run/dry-run-manifests.js');
  const namespace = typeof config.settings.namespace === 'string' && config.settings.namespace !== '' ? config.settings.namespace : 'default';
  // With a kubeconfig, the live stable's args; the Kubernetes client loads only then.
  const liveArgs = deps.kubeConfig ? await (await import('./dry-run/live-stable-args.js')).liveStableArgs(deps.kubeConfig, namespace) : undefined;
  return dryRunManifests(manifests, config, deps, prometheusUrl, liveArgs);
}
