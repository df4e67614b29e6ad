import type { CanaryStepSummary } from '../../rollout/meta.js';
import type { FollowedRollout } from './followed-rollouts.js';

/** A canary step in the words of the Rollout spec: `setWeight 20%`, `pause 30s`, `analysis error-rate`. */
export function stepWording(step: CanaryStepSummary): string {
  switch (step.kind) {
    case 'setWeight':
    case 'setCanaryScale':
      return step.weight === undefined ? step.kind : `${step.kind} ${step.weight}%`;
    case 'pause':
      return pauseWording(step.duration);
    case 'analysis':
    case 'experiment':
      return step.templates === undefined || step.templates.length === 0 ? step.kind : `${step.kind} ${step.templates.join(', ')}`;
    case 'invalid':
      return 'invalid step';
    default:
      return step.kind;
  }
}

/** A bare number is seconds, as the controller reads it; no duration waits for `kubectl argo rollouts promote`. */
function pauseWording(duration: string | number | undefined): string {
  if (duration === undefined) return 'pause until promoted';
  return typeof duration === 'number' ? `pause ${duration}s` : `pause ${duration}`;
}

/** `100%`; `unknown` when the cluster would not say (a 403 on ReplicaSets); `—` when the object has no such weight. */
export function weightWording(weight: number | string | undefined): string {
  if (weight === undefined) return '—';
  return typeof weight === 'number' ? `${weight}%` : weight;
}

/** `100%` when the traffic is where it was asked to be, else `50% (actual 30%)`. */
export function weightsWording(weights: { desired?: number | string; actual?: number | string }): string {
  // A Flagger Canary reports only the weight it has.
  if (weights.desired === undefined) return weightWording(weights.actual);
  const desired = weightWording(weights.desired);
  const actual = weightWording(weights.actual);
  return desired === actual ? desired : `${desired} (actual ${actual})`;
}

/** `2/5`: the current step index of the step count, as `kubectl argo rollouts get` shows it; undefined without steps. */
export function stepCountWording(rollout: Pick<FollowedRollout, 'step' | 'steps'>): string | undefined {
  if (rollout.step === undefined || rollout.steps === undefined || rollout.steps === 0) return undefined;
  return `${rollout.step}/${rollout.steps}`;
}
