import type { RolloutObject } from '../status/rollout-object.js';

/** A Rollout as read from the API server: the status fields plus what the watch and the image check need. */
export interface ClusterRollout extends RolloutObject {
  metadata?: RolloutObject['metadata'] & { namespace?: string; resourceVersion?: string };
  spec?: RolloutObject['spec'] & { template?: { spec?: { containers?: { name?: string; image?: string }[] } } };
}

export interface RolloutRef {
  name: string;
  namespace: string;
}

/** One event of a watch, already told apart: a new version of the object, or the server saying the version expired. */
export type WatchEvent = { kind: 'object'; rollout: ClusterRollout } | { kind: 'gone' };

export interface WatchHandle {
  stop(): void;
}

/**
 * The two reads that following a Rollout needs. An interface so the follower never sees HTTP: the real one wraps
 * @kubernetes/client-node, and its errors already name the verb and resource.
 */
export interface RolloutApi {
  get(ref: RolloutRef): Promise<ClusterRollout>;
  /** `onEnd` fires once when the stream ends (a dropped connection: `error` undefined) or fails. */
  watch(ref: RolloutRef, resourceVersion: string | undefined, onEvent: (event: WatchEvent) => void, onEnd: (error?: Error) => void): Promise<WatchHandle>;
}
