import type { AnalysisRunSummary } from '../status/analysis-run-summary.js';
import { type PhaseAndMessage } from '../status/rollout-phase.js';
import type { ObjectApi } from './object-api.js';
import type { Readable } from './readable.js';
import { type RevisionReplicaSets } from './revision-replica-sets.js';
import type { ClusterRollout, RolloutRef } from './rollout-api.js';
import { type FollowEnding, type FollowOptions } from './watch-to-ending.js';
export type { FollowEnding, FollowOptions } from './watch-to-ending.js';
export interface FollowOutcome extends PhaseAndMessage {
    ref: RolloutRef;
    ending: FollowEnding;
    rollout: ClusterRollout;
    /** Paused where only `kubectl argo rollouts promote` moves it on: an indefinite pause or an inconclusive analysis. */
    needsPromotion: boolean;
    /** The AnalysisRuns of the current revision, read once the wait ended; absent where nothing read them (docs examples). */
    analysisRuns?: Readable<AnalysisRunSummary[]>;
    /** The canary and stable ReplicaSets' counts, read once the wait ended. */
    replicaSets?: Readable<RevisionReplicaSets>;
}
/**
 * Follows one Rollout as `kubectl argo rollouts status --watch` does, until Healthy or Degraded (or an accepted
 * pause) or the timeout, then reads what explains the verdict: the current revision's AnalysisRuns and ReplicaSets.
 * Those reads happen once, at the end, so following costs a get and a watch however long it lasts. `first` is the
 * object a selector's list already returned, saving the get.
 */
export declare function followRollout(api: ObjectApi, ref: RolloutRef, options: FollowOptions, first?: ClusterRollout): Promise<FollowOutcome>;
export declare function needsPromotion(rollout: ClusterRollout): boolean;
