import type { Analyzer } from '../core/analyzer.js';
import { UsageError } from '../core/config-error.js';
import { lintPaths } from './lint/lint-paths.js';
import { rolloutNames } from './rollout-names.js';

/**
 * The rollout check: with rollout names it follows each Rollout in the cluster (`deps.kubeConfig`) to a verdict;
 * without, it lints the manifests under `paths`. The cluster client loads only when names are given.
 */
export const rolloutAnalyzer: Analyzer = {
  name: 'rollout',
  async run(config, deps) {
    const names = rolloutNames(config.settings.rollout);
    if (typeof config.settings.selector === 'string') {
      throw new UsageError(`--selector ${config.settings.selector}: selecting rollouts by label is not supported yet; name them instead: 'predator-guard rollout NAME…' (or the rollout input).`);
    }
    if (names.length > 0) {
      const { followRollouts } = await import('./cluster/follow-rollouts.js');
      return followRollouts(names, config, deps);
    }
    const started = performance.now();
    const outcome = lintPaths(config);
    return { findings: outcome.findings, stats: { mode: 'lint', ...outcome.stats, durationMs: Math.round(performance.now() - started) } };
  },
};
