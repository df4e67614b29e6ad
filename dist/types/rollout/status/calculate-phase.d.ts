import type { RolloutObject } from './rollout-object.js';
import type { PhaseAndMessage } from './rollout-phase.js';
/**
 * argo-rollouts' CalculateRolloutPhase over the stored spec and status: the fallback for objects written by
 * controllers older than 1.0, which did not store `status.phase`. The order matters: a degrading condition beats
 * a pause, and a pause beats replica counts.
 */
export declare function calculatePhase(rollout: RolloutObject): PhaseAndMessage;
