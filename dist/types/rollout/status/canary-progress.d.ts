import type { RolloutObject } from './rollout-object.js';
import { type StepKind } from './step-kind.js';
export interface CanaryProgress {
    /** `status.currentStepIndex`; equal to `total` once every step is done. */
    stepIndex: number;
    total: number;
    /** One entry per step, in order: the kind the step sets ('invalid' when it sets none or several). */
    kinds: (StepKind | 'invalid')[];
    /** The current step waits for a manual promote: the rollout will not advance on its own. */
    atIndefinitePause: boolean;
    desiredWeight: number;
    /** Undefined when it needs the canary ReplicaSet's pods (no traffic routing) and those were not supplied. */
    actualWeight: number | undefined;
}
/**
 * Steps "i/n" and the desired and actual canary weight as `kubectl argo rollouts get` shows them. Without traffic
 * routing the actual weight is the canary ReplicaSet's share of available pods; the caller that can read
 * ReplicaSets passes that count, this module reads no cluster.
 */
export declare function canaryProgress(rollout: RolloutObject, availableCanaryPods?: number): CanaryProgress | undefined;
