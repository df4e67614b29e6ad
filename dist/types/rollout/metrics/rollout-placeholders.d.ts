import type { WaitedRollout } from './waited-rollout.js';
export declare const ROLLOUT_PLACEHOLDERS: readonly ["name", "namespace", "canary-hash", "stable-hash"];
/**
 * The first `{{…}}` in a judge query that is not one of the `{{rollout.X}}` placeholders, so a typo fails the run
 * before the wait rather than querying Prometheus for a label value with braces in it.
 */
export declare function unknownRolloutPlaceholder(query: string): string | undefined;
/**
 * Fills `{{rollout.name}}`, `{{rollout.namespace}}`, `{{rollout.canary-hash}}` (status.currentPodHash) and
 * `{{rollout.stable-hash}}` (status.stableRS) with the waited Rollout's values: one judge config then serves every
 * Rollout followed at once, and canary and stable pods can be told apart by the rollouts-pod-template-hash label
 * Argo puts on them. Undefined when a value the query needs is missing (a Rollout that never had a stable version).
 */
export declare function fillRolloutPlaceholders(query: string, waited: WaitedRollout): string | undefined;
