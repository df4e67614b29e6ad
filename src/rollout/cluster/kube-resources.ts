/**
 * The API resources the rollout check reads, each with the name RBAC and error messages use (`rollouts.argoproj.io`).
 * docs/rbac.yaml grants get, list and watch on exactly these; a test keeps the two equal.
 */
export interface KubeResource {
  group: string;
  version: string;
  plural: string;
  /** The kind as users know it, for messages: "Rollout 'web' not found". */
  kind: string;
}

export const ROLLOUTS: KubeResource = { group: 'argoproj.io', version: 'v1alpha1', plural: 'rollouts', kind: 'Rollout' };
export const ANALYSIS_RUNS: KubeResource = { group: 'argoproj.io', version: 'v1alpha1', plural: 'analysisruns', kind: 'AnalysisRun' };
export const CANARIES: KubeResource = { group: 'flagger.app', version: 'v1beta1', plural: 'canaries', kind: 'Canary' };
export const REPLICA_SETS: KubeResource = { group: 'apps', version: 'v1', plural: 'replicasets', kind: 'ReplicaSet' };
export const DEPLOYMENTS: KubeResource = { group: 'apps', version: 'v1', plural: 'deployments', kind: 'Deployment' };

/** `rollouts.argoproj.io`, as kubectl and RBAC error messages spell a resource. */
export function resourceName(resource: KubeResource): string {
  return `${resource.plural}.${resource.group}`;
}
