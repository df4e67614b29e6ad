import type { ClusterRollout } from '../cluster/rollout-api.js';
/** An abort shows as `status.abort` or a condition with reason RolloutAborted (old controllers set only the latter). */
export declare function isAborted(rollout: ClusterRollout): boolean;
