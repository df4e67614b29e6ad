import type { ObjectApi } from './object-api.js';
import { type Readable } from './readable.js';
import type { ClusterRollout } from './rollout-api.js';
export interface ReplicaSetCounts {
    name: string;
    replicas: number;
    ready: number;
    available: number;
}
/** The canary (current revision) and stable ReplicaSets; one of them is absent when the server has no such set. */
export interface RevisionReplicaSets {
    canary?: ReplicaSetCounts;
    stable?: ReplicaSetCounts;
}
/**
 * The ready counts of the Rollout's canary and stable ReplicaSets, in one list selected by their pod-template-hash
 * labels. They give the actual canary weight without traffic routing; a 403 makes them unknown, never a failed run.
 */
export declare function revisionReplicaSets(api: ObjectApi, rollout: ClusterRollout): Promise<Readable<RevisionReplicaSets>>;
