import type { CanaryStepSummary } from '../../rollout/meta.js';
import type { FollowedRollout } from './followed-rollouts.js';
/** A canary step in the words of the Rollout spec: `setWeight 20%`, `pause 30s`, `analysis error-rate`. */
export declare function stepWording(step: CanaryStepSummary): string;
/** `100%`; `unknown` when the cluster would not say (a 403 on ReplicaSets); `—` when the object has no such weight. */
export declare function weightWording(weight: number | string | undefined): string;
/** `100%` when the traffic is where it was asked to be, else `50% (actual 30%)`. */
export declare function weightsWording(weights: {
    desired?: number | string;
    actual?: number | string;
}): string;
/** `2/5`: the current step index of the step count, as `kubectl argo rollouts get` shows it; undefined without steps. */
export declare function stepCountWording(rollout: Pick<FollowedRollout, 'step' | 'steps'>): string | undefined;
