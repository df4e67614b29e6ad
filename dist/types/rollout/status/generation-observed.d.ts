import type { RolloutObject } from './rollout-object.js';
/**
 * Whether the controller has seen the current spec. Pre-0.10 controllers stored a pod-template hash such as
 * `c45557fd9` here, and an all-digit hash can exceed the generation, so an unparsable value and a larger one both
 * count as observed, exactly as argo-rollouts' isGenerationObserved decides.
 */
export declare function isGenerationObserved(rollout: RolloutObject): boolean;
/** With a workloadRef, the referenced Deployment's generation (copied into an annotation) must be observed too. */
export declare const WORKLOAD_GENERATION_ANNOTATION = "rollout.argoproj.io/workload-generation";
export declare function isWorkloadGenerationObserved(rollout: RolloutObject): boolean;
