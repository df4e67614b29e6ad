import type { Analyzer } from '../core/analyzer.js';
/**
 * The rollout check: with rollout names it follows each Rollout in the cluster (`deps.kubeConfig`) to a verdict;
 * without, it lints the manifests under `paths`. The cluster client loads only when names are given.
 */
export declare const rolloutAnalyzer: Analyzer;
