import { REPLICA_SETS } from './kube-resources.js';
import type { KubeObject, ObjectApi } from './object-api.js';
import { readOrUnknown, type Readable } from './readable.js';
import type { ClusterRollout } from './rollout-api.js';

const POD_TEMPLATE_HASH = 'rollouts-pod-template-hash';

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

interface ReplicaSetObject extends KubeObject {
  status?: { replicas?: number; readyReplicas?: number; availableReplicas?: number };
}

/**
 * The ready counts of the Rollout's canary and stable ReplicaSets, in one list selected by their pod-template-hash
 * labels. They give the actual canary weight without traffic routing; a 403 makes them unknown, never a failed run.
 */
export async function revisionReplicaSets(api: ObjectApi, rollout: ClusterRollout): Promise<Readable<RevisionReplicaSets>> {
  const canaryHash = rollout.status?.currentPodHash;
  const stableHash = rollout.status?.stableRS;
  const namespace = rollout.metadata?.namespace;
  const hashes = [...new Set([canaryHash, stableHash].filter((hash): hash is string => typeof hash === 'string' && hash !== ''))];
  if (!namespace || hashes.length === 0) return { known: true, value: {} };
  return readOrUnknown(async () => {
    const sets = await api.list<ReplicaSetObject>(REPLICA_SETS, namespace, `${POD_TEMPLATE_HASH} in (${hashes.join(',')})`);
    const uid = rollout.metadata?.uid;
    const owned = sets.filter((set) => uid === undefined || (set.metadata?.ownerReferences ?? []).some((owner) => owner.uid === uid));
    const withHash = (hash: string | undefined) => owned.find((set) => hash !== undefined && set.metadata?.labels?.[POD_TEMPLATE_HASH] === hash);
    return { canary: counts(withHash(canaryHash)), stable: counts(withHash(stableHash)) };
  });
}

function counts(set: ReplicaSetObject | undefined): ReplicaSetCounts | undefined {
  if (!set) return undefined;
  const status = set.status ?? {};
  return { name: set.metadata?.name ?? '', replicas: status.replicas ?? 0, ready: status.readyReplicas ?? 0, available: status.availableReplicas ?? 0 };
}
