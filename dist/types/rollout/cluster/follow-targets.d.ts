import type { FlaggerCanary } from '../flagger/canary-object.js';
import type { ObjectApi } from './object-api.js';
import type { ClusterRollout } from './rollout-api.js';
/** `--kind`: follow only Argo Rollouts, only Flagger Canaries, or (undefined) whichever the name belongs to. */
export type TargetKind = 'rollout' | 'canary';
/** One object to follow, already read, so following it starts with a watch. */
export type FollowTarget = {
    kind: 'Rollout';
    name: string;
    object: ClusterRollout;
} | {
    kind: 'Canary';
    name: string;
    object: FlaggerCanary;
};
/**
 * The objects the names stand for. Without --kind a name may be a Rollout or a Canary, so both are read: a cluster
 * without Flagger answers 404 for canaries, and an account allowed only Argo's resources 403, both meaning "no
 * Canary". When the name is both, following either would be a guess, so the user must say which.
 */
export declare function targetsByName(api: ObjectApi, names: readonly string[], namespace: string, kind: TargetKind | undefined): Promise<FollowTarget[]>;
/**
 * The objects a label selector matches, listed once per kind; the list's objects are followed as they are. Without
 * --kind, canaries that cannot be listed (no Flagger: 404, or not granted: 403) count as none.
 */
export declare function targetsBySelector(api: ObjectApi, selector: string, namespace: string, kind: TargetKind | undefined): Promise<FollowTarget[]>;
