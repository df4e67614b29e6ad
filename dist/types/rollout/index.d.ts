import type { Analyzer } from '../core/analyzer.js';
/**
 * The rollout check: with rollout names or a label selector it follows each Rollout (or Flagger Canary) in the
 * cluster (`deps.kubeConfig`) to a verdict; without, it lints the manifests under `paths`. The cluster client loads
 * only when there is something to follow.
 */
export declare const rolloutAnalyzer: Analyzer<'rollout'>;
