import type { Analyzer } from '../core/analyzer.js';
import { toList } from '../core/config.js';
import { UsageError } from '../core/config-error.js';
import { TOOL } from '../version.js';
import { lintPaths } from './lint/lint-paths.js';

/**
 * The rollout check. This version lints manifests only; following a named rollout in a cluster (the watch, the
 * AnalysisRuns, metrics and Flagger) comes with the cluster client, which will take its clients through `deps`.
 */
export const rolloutAnalyzer: Analyzer = {
  name: 'rollout',
  async run(config) {
    const names = rolloutNames(config.settings.rollout);
    const selector = typeof config.settings.selector === 'string' ? [`--selector ${config.settings.selector}`] : [];
    if (names.length > 0 || selector.length > 0) {
      throw new UsageError(
        `Following a rollout in a cluster (${[...names, ...selector].join(', ')}) is not available in ${TOOL.name} ${TOOL.version}; lint the manifests instead: remove the rollout input / names and use 'predator-guard rollout --lint [PATH…]' (or checks: rollout with paths).`,
      );
    }
    const started = performance.now();
    const outcome = lintPaths(config);
    return { findings: outcome.findings, stats: { mode: 'lint', ...outcome.stats, durationMs: Math.round(performance.now() - started) } };
  },
};

function rolloutNames(setting: unknown): string[] {
  if (typeof setting === 'string') return toList(setting);
  if (Array.isArray(setting)) return toList(setting.filter((name): name is string => typeof name === 'string'));
  return [];
}
