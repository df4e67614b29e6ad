import type { ClusterRollout } from '../cluster/rollout-api.js';
import type { AnalysisArgument } from './analysis-template.js';
export type ResolvedArgs = {
    ok: true;
    values: Record<string, string>;
} | {
    ok: false;
    reason: string;
};
/**
 * The values an AnalysisRun of this Rollout would get: the template's declared args, overridden by the ones the
 * Rollout passes, as the controller merges them. `valueFrom.podTemplateHashValue` reads the Rollout's status
 * (Latest = the canary's hash, Stable = the stable one) and `fieldRef` the Rollout's metadata. Secrets are out of
 * reach by design (the checker has no RBAC on secrets), so such an arg leaves the metric unevaluated.
 */
export declare function resolveAnalysisArgs(templateArgs: readonly AnalysisArgument[], rolloutArgs: readonly AnalysisArgument[], rollout: ClusterRollout): ResolvedArgs;
