import type { Analyzer } from '../core/analyzer.js';
/**
 * The rollout check. This version lints manifests only; following a named rollout in a cluster (the watch, the
 * AnalysisRuns, metrics and Flagger) comes with the cluster client, which will take its clients through `deps`.
 */
export declare const rolloutAnalyzer: Analyzer;
