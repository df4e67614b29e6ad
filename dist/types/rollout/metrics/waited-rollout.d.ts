import type { ClusterRollout, RolloutRef } from '../cluster/rollout-api.js';
/** A followed Rollout as its wait left it: what the checks after the wait measure against. */
export interface WaitedRollout {
    ref: RolloutRef;
    rollout: ClusterRollout;
}
