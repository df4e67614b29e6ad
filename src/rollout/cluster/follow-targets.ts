import { UsageError } from '../../core/config/usage-error.js';
import type { FlaggerCanary } from '../flagger/canary-object.js';
import { ClusterReadError } from './cluster-error.js';
import { CANARIES, ROLLOUTS } from './kube-resources.js';
import type { KubeObject, ObjectApi } from './object-api.js';
import type { ClusterRollout } from './rollout-api.js';

/** `--kind`: follow only Argo Rollouts, only Flagger Canaries, or (undefined) whichever the name belongs to. */
export type TargetKind = 'rollout' | 'canary';

/** One object to follow, already read, so following it starts with a watch. */
export type FollowTarget = { kind: 'Rollout'; name: string; object: ClusterRollout } | { kind: 'Canary'; name: string; object: FlaggerCanary };

const HTTP_NOT_FOUND = 404;
const HTTP_FORBIDDEN = 403;

/**
 * The objects the names stand for. Without --kind a name may be a Rollout or a Canary, so both are read: a cluster
 * without Flagger answers 404 for canaries, and an account allowed only Argo's resources 403, both meaning "no
 * Canary". When the name is both, following either would be a guess, so the user must say which.
 */
export async function targetsByName(api: ObjectApi, names: readonly string[], namespace: string, kind: TargetKind | undefined): Promise<FollowTarget[]> {
  return Promise.all(names.map((name) => targetByName(api, name, namespace, kind)));
}

async function targetByName(api: ObjectApi, name: string, namespace: string, kind: TargetKind | undefined): Promise<FollowTarget> {
  const ref = { name, namespace };
  if (kind === 'rollout') return { kind: 'Rollout', name, object: await api.get<ClusterRollout>(ROLLOUTS, ref) };
  if (kind === 'canary') return { kind: 'Canary', name, object: await api.get<FlaggerCanary>(CANARIES, ref) };
  const [rollout, canary] = await Promise.all([optional(api.get<ClusterRollout>(ROLLOUTS, ref)), optional(api.get<FlaggerCanary>(CANARIES, ref))]);
  if (rollout.error && !isStatus(rollout.error, HTTP_NOT_FOUND)) throw rollout.error;
  if (rollout.object && canary.object) {
    throw new UsageError(`'${name}' names both a Rollout and a Flagger Canary in namespace '${namespace}'; pass --kind rollout or --kind canary (the kind setting) to say which to follow.`);
  }
  if (rollout.object) return { kind: 'Rollout', name, object: rollout.object };
  if (canary.object) return { kind: 'Canary', name, object: canary.object };
  if (canary.error && !isStatus(canary.error, HTTP_NOT_FOUND) && !isStatus(canary.error, HTTP_FORBIDDEN)) throw canary.error;
  throw new Error(`neither a Rollout nor a Flagger Canary named '${name}' in namespace '${namespace}': check the name and --namespace (the rollout input / namespace setting), and that the deploy step created it.`);
}

/**
 * The objects a label selector matches, listed once per kind; the list's objects are followed as they are. Without
 * --kind, canaries that cannot be listed (no Flagger: 404, or not granted: 403) count as none.
 */
export async function targetsBySelector(api: ObjectApi, selector: string, namespace: string, kind: TargetKind | undefined): Promise<FollowTarget[]> {
  const rollouts = kind === 'canary' ? [] : await api.list<ClusterRollout>(ROLLOUTS, namespace, selector);
  const canaries = kind === 'rollout' ? [] : await listCanaries(api, namespace, selector, kind === undefined);
  const targets: FollowTarget[] = [
    ...rollouts.map((object): FollowTarget => ({ kind: 'Rollout', name: nameOf(object), object })),
    ...canaries.map((object): FollowTarget => ({ kind: 'Canary', name: nameOf(object), object })),
  ];
  if (targets.length === 0) {
    const wanted = kind === 'rollout' ? 'Rollout' : kind === 'canary' ? 'Flagger Canary' : 'Rollout or Flagger Canary';
    const resources = kind === 'rollout' ? 'rollouts' : kind === 'canary' ? 'canaries' : 'rollouts,canaries';
    throw new UsageError(`--selector ${selector}: no ${wanted} in namespace '${namespace}' has these labels; check them with 'kubectl get ${resources} -n ${namespace} -l ${selector}', and --namespace.`);
  }
  return targets;
}

async function listCanaries(api: ObjectApi, namespace: string, selector: string, optionalKind: boolean): Promise<FlaggerCanary[]> {
  if (!optionalKind) return api.list<FlaggerCanary>(CANARIES, namespace, selector);
  const listed = await optional(api.list<FlaggerCanary>(CANARIES, namespace, selector));
  if (listed.error && !isStatus(listed.error, HTTP_NOT_FOUND) && !isStatus(listed.error, HTTP_FORBIDDEN)) throw listed.error;
  return listed.object ?? [];
}

async function optional<T>(read: Promise<T>): Promise<{ object?: T; error?: unknown }> {
  try {
    return { object: await read };
  } catch (error) {
    return { error };
  }
}

function isStatus(error: unknown, status: number): boolean {
  return error instanceof ClusterReadError && error.status === status;
}

function nameOf(object: KubeObject): string {
  return object.metadata?.name ?? '';
}

