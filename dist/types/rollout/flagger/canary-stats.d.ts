import { type FollowedStats } from '../cluster/rollout-stats.js';
import type { CanaryRevision } from './canary-revision.js';
import type { CanaryOutcome } from './follow-canary.js';
/**
 * One followed Flagger Canary in `runs[].stats.rollouts`, beside the Rollouts (src/rollout/cluster/rollout-stats.ts):
 * the same phase/message/ending fields the verdict table reads, and Flagger's own: the canary weight, failed
 * checks against the threshold, and whether the verdict is about the target's current revision.
 */
export interface CanaryStats extends FollowedStats {
    kind: 'Canary';
    /** Flagger's `status.canaryWeight`: the traffic share the canary had when the wait ended. */
    weights: {
        actual: number;
    };
    failedChecks: number;
    threshold: number;
    revision: CanaryRevision;
    /** Flagger's steps are not a list like a Rollout's; the renderers take these as empty. */
    stepList: [];
    analysisRuns: [];
    unknown?: {
        revision: string;
    };
}
export declare function canaryStats(outcome: CanaryOutcome): CanaryStats;
