import type { RolloutObject } from './rollout-object.js';

/** Go's strconv.Atoi accepts an optional sign and decimal digits only; anything else is "not a number". */
const GO_INTEGER = /^[+-]?\d+$/;

function parseGoInteger(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  return GO_INTEGER.test(text) ? Number(text) : undefined;
}

/**
 * Whether the controller has seen the current spec. Pre-0.10 controllers stored a pod-template hash such as
 * `c45557fd9` here, and an all-digit hash can exceed the generation, so an unparsable value and a larger one both
 * count as observed, exactly as argo-rollouts' isGenerationObserved decides.
 */
export function isGenerationObserved(rollout: RolloutObject): boolean {
  const observed = parseGoInteger(rollout.status?.observedGeneration);
  if (observed === undefined) return true;
  return observed >= (rollout.metadata?.generation ?? 0);
}

/** With a workloadRef, the referenced Deployment's generation (copied into an annotation) must be observed too. */
export const WORKLOAD_GENERATION_ANNOTATION = 'rollout.argoproj.io/workload-generation';

export function isWorkloadGenerationObserved(rollout: RolloutObject): boolean {
  const wanted = parseGoInteger(rollout.metadata?.annotations?.[WORKLOAD_GENERATION_ANNOTATION]);
  const observed = parseGoInteger(rollout.status?.workloadObservedGeneration);
  if (wanted === undefined || observed === undefined) return true;
  return wanted === observed;
}
