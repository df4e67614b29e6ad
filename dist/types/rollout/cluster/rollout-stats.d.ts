import type { AnalysisRunSummary } from '../status/analysis-run-summary.js';
import { type CanaryStepSummary } from '../status/canary-step-summary.js';
import type { FollowOutcome } from './follow-rollout.js';
import type { RevisionReplicaSets } from './revision-replica-sets.js';
import type { RolloutRef } from './rollout-api.js';
import type { FollowEnding } from './watch-to-ending.js';
/** What the check could not read (a 403), by stats field, with the reason: the field itself says "unknown". */
export type UnknownFields = Partial<Record<'analysisRuns' | 'replicaSets' | 'revision', string>>;
/** The status-named form of a run, used when the AnalysisRuns themselves could not be listed. */
export interface NamedAnalysisRun {
    type: string;
    name: string;
    status: string;
    message: string;
}
/** What every followed object reports, Rollout or Flagger Canary: the fields the verdict table reads. */
export interface FollowedStats {
    name: string;
    namespace: string;
    phase: string;
    message: string;
    ending: FollowEnding;
    /** Paused where only a promotion moves it on (an indefinite pause, an inconclusive analysis, a webhook gate). */
    needsPromotion: boolean;
}
export declare function followedStats(outcome: {
    ref: RolloutRef;
    phase: string;
    message: string;
    ending: FollowEnding;
    needsPromotion: boolean;
}): FollowedStats;
/**
 * One followed Argo Rollout in `runs[].stats.rollouts` (`--format json`), the input of the verdict table and the
 * step diagram. `kind` tells it from a Flagger Canary (src/rollout/flagger/canary-stats.ts).
 */
export interface RolloutStats extends FollowedStats {
    kind: 'Rollout';
    /** Current step index and the number of steps ("i/n"); undefined for blue-green. */
    step?: number;
    steps?: number;
    /** `actual` is "unknown" when it needs the canary ReplicaSet and ReplicaSets could not be read. */
    weights?: {
        desired: number;
        actual?: number | 'unknown';
    };
    /** The canary steps in order, with what each sets: the comment draws them as a flow. Undefined for blue-green. */
    stepList?: CanaryStepSummary[];
    /**
     * The AnalysisRuns of the current revision read from the API (owner uid + pod-template-hash label), with each
     * metric's phase, last value, conditions, counts against limits and resolved query. When they could not be listed
     * (`unknown.analysisRuns` says why), the current runs as the Rollout's status names them.
     */
    analysisRuns: AnalysisRunSummary[] | NamedAnalysisRun[];
    /** Ready counts of the canary (current revision) and stable ReplicaSets, or "unknown". */
    replicaSets: RevisionReplicaSets | 'unknown';
    unknown?: UnknownFields;
}
/** What `--format json` carries per followed Rollout in the run's stats. */
export declare function rolloutStats(outcome: FollowOutcome): RolloutStats;
