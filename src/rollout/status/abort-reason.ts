import type { ClusterRollout } from '../cluster/rollout-api.js';

const ABORTED = 'RolloutAborted';

/** An abort shows as `status.abort` or a condition with reason RolloutAborted (old controllers set only the latter). */
export function isAborted(rollout: ClusterRollout): boolean {
  if (rollout.status?.abort === true) return true;
  return (rollout.status?.conditions ?? []).some((condition) => condition.reason === ABORTED);
}
