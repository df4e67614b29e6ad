import type { FollowedRollout } from './followed-rollouts.js';
/** Where each canary step stands: passed, the one the wait ended on, the one the rollout failed at, or not reached. */
export type StepState = 'done' | 'current' | 'failed' | 'pending';
/**
 * Read from the phase and `status.currentStepIndex`: the controller keeps the index at the step it aborted on, so
 * a Degraded rollout failed at that step; a Healthy one has passed every step (its index equals the step count).
 */
export declare function stepStates(rollout: FollowedRollout): StepState[];
