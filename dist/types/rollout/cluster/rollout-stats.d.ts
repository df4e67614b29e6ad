import type { FollowOutcome } from './follow-rollout.js';
export interface RolloutStats {
    name: string;
    namespace: string;
    phase: string;
    message: string;
    ending: FollowOutcome['ending'];
    /** Current step index and the number of steps ("i/n"); undefined for blue-green. */
    step?: number;
    steps?: number;
    weights?: {
        desired: number;
        actual?: number;
    };
    /** The current step and background runs as the Rollout's status names them: {name, status, message}. */
    analysisRuns: {
        type: string;
        name: string;
        status: string;
        message: string;
    }[];
}
/** What `--format json` carries per followed Rollout in the run's stats. */
export declare function rolloutStats(outcome: FollowOutcome): RolloutStats;
