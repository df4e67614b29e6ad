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
export declare const ROLLOUTS: KubeResource;
export declare const ANALYSIS_RUNS: KubeResource;
export declare const CANARIES: KubeResource;
export declare const REPLICA_SETS: KubeResource;
export declare const DEPLOYMENTS: KubeResource;
/** `rollouts.argoproj.io`, as kubectl and RBAC error messages spell a resource. */
export declare function resourceName(resource: KubeResource): string;
