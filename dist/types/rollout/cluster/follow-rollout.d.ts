import { type PhaseAndMessage } from '../status/rollout-phase.js';
import type { ClusterRollout, RolloutApi, RolloutRef } from './rollout-api.js';
/** How the wait ended: the two final phases, an accepted pause (success-on-pause), or the timeout. */
export type FollowEnding = 'healthy' | 'degraded' | 'paused' | 'timeout';
export interface FollowOutcome extends PhaseAndMessage {
    ref: RolloutRef;
    ending: FollowEnding;
    rollout: ClusterRollout;
    /** Paused where only `kubectl argo rollouts promote` moves it on: an indefinite pause or an inconclusive analysis. */
    needsPromotion: boolean;
}
export interface FollowOptions {
    timeoutMs: number;
    successOnPause: boolean;
    log: (line: string) => void;
    /** Pause before re-opening a dropped watch, so a flapping connection does not become a busy loop. */
    reconnectDelayMs?: number;
}
/**
 * Follows one Rollout as `kubectl argo rollouts status --watch` does: a get, then a watch narrowed to its name,
 * until Healthy or Degraded (or an accepted pause) or the timeout. A dropped watch resumes from the last
 * resourceVersion seen; a 410 Gone means that version has expired, so it reads the object afresh and watches from
 * there. Each new phase and step is logged once.
 */
export declare function followRollout(api: RolloutApi, ref: RolloutRef, options: FollowOptions): Promise<FollowOutcome>;
export declare function needsPromotion(rollout: ClusterRollout): boolean;
