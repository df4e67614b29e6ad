import type { RolloutStats } from './cluster/rollout-stats.js';
import type { CanaryStats } from './flagger/canary-stats.js';
import type { ReleaseCheckStats } from './metrics/release-checks.js';
/**
 * What a rollout run reports in `runs[].stats`: the manifests it linted, or the objects it followed with what the
 * checks beside the wait measured. Renderers read it back from the report, which may be a saved JSON file, so this
 * is the contract between the analyzer and every output that shows the run's facts.
 */
export type RolloutRunStats = LintRunStats | FollowRunStats;
export interface LintRunStats {
    mode: 'lint';
    files: number;
    manifests: {
        Rollout: number;
        AnalysisTemplate: number;
        ClusterAnalysisTemplate: number;
    };
    durationMs: number;
}
export type FollowRunStats = {
    mode: 'follow';
    /** Each followed Argo Rollout or Flagger Canary, told apart by `kind`. */
    rollouts: (RolloutStats | CanaryStats)[];
    durationMs: number;
} & ReleaseCheckStats;
/**
 * The JSON Schema of these stats, for a saved report (the fork-safe pair posts a report an earlier job wrote): the
 * outputs read the stats as typed, so a report is checked against this before anything renders it.
 */
export declare const ROLLOUT_RUN_STATS_SCHEMA: {
    if: {
        properties: {
            mode: {
                const: string;
            };
        };
    };
    then: {
        type: string;
        required: string[];
        properties: Record<string, unknown>;
    };
    else: {
        type: string;
        required: string[];
        properties: Record<string, unknown>;
    };
    type: string;
    required: string[];
    properties: Record<string, unknown>;
};
