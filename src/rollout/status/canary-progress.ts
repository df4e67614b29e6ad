import type { RolloutObject } from './rollout-object.js';
import { isIndefinitePause, stepKinds, type StepKind } from './step-kind.js';

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

const FULL_WEIGHT = 100;

/**
 * Steps "i/n" and the desired and actual canary weight as `kubectl argo rollouts get` shows them. Without traffic
 * routing the actual weight is the canary ReplicaSet's share of available pods; the caller that can read
 * ReplicaSets passes that count, this module reads no cluster.
 */
export function canaryProgress(rollout: RolloutObject, availableCanaryPods?: number): CanaryProgress | undefined {
  const canary = rollout.spec?.strategy?.canary;
  if (!canary) return undefined;
  const steps = canary.steps ?? [];
  const status = rollout.status ?? {};
  const maxWeight = canary.trafficRouting?.maxTrafficWeight ?? FULL_WEIGHT;
  const stepIndex = status.currentStepIndex ?? 0;
  const allDone = steps.length === 0 || stepIndex >= steps.length;
  const desiredWeight = status.abort === true ? 0 : allDone ? maxWeight : lastWeightUpTo(rollout, stepIndex);
  const kinds = steps.map((step) => {
    const set = stepKinds(step);
    return set.length === 1 ? set[0] : 'invalid';
  });
  const current = steps[stepIndex];
  const atIndefinitePause = current !== undefined && isIndefinitePause(current);
  return { stepIndex, total: steps.length, kinds, atIndefinitePause, desiredWeight, actualWeight: actualWeight(rollout, allDone, maxWeight, desiredWeight, availableCanaryPods) };
}

function lastWeightUpTo(rollout: RolloutObject, stepIndex: number): number {
  const steps = rollout.spec?.strategy?.canary?.steps ?? [];
  for (let index = Math.min(stepIndex, steps.length - 1); index >= 0; index -= 1) {
    const weight = steps[index].setWeight;
    if (weight !== undefined) return weight;
  }
  return 0;
}

function actualWeight(rollout: RolloutObject, allDone: boolean, maxWeight: number, desired: number, availableCanaryPods: number | undefined): number | undefined {
  if (allDone) return maxWeight;
  if (rollout.spec?.strategy?.canary?.trafficRouting) return rollout.status?.canary?.weights?.canary?.weight ?? desired;
  const available = rollout.status?.availableReplicas ?? 0;
  if (availableCanaryPods === undefined) return undefined;
  if (available === 0) return 0;
  return Math.trunc((availableCanaryPods * FULL_WEIGHT) / available);
}
