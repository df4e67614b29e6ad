import type { RolloutObject } from './rollout-object.js';
/** The phases argo-rollouts computes; a stored `status.phase` is passed on verbatim, whatever it says. */
export type RolloutPhase = 'Healthy' | 'Progressing' | 'Paused' | 'Degraded';
export interface PhaseAndMessage {
    phase: RolloutPhase | (string & {});
    message: string;
}
/**
 * The phase and message `kubectl argo rollouts status` shows for a Rollout (argo-rollouts GetRolloutPhase), checked
 * in its order: a spec the controller has not seen yet, a pause the user cleared but the controller has not
 * reacted to, an unobserved workloadRef, then the stored phase, then the fallback for objects without one.
 */
export declare function rolloutPhase(rollout: RolloutObject): PhaseAndMessage;
