import type { KubeResource } from './kube-resources.js';
import type { KubeObject, ObjectApi, ObjectRef } from './object-api.js';
/** How a wait ended: success, failure, an accepted pause (success-on-pause), or the timeout. */
export type FollowEnding = 'healthy' | 'degraded' | 'paused' | 'timeout';
/** What a follower makes of one version of its object: the progress line to print, and the ending if it is final. */
export interface Judgement {
    line: string;
    ending?: Exclude<FollowEnding, 'timeout'>;
}
/**
 * Work done periodically while a wait lasts, beside the watch (metric queries, health probes). A rejection ends the
 * wait with that error; the monitor keeps its own results for the report.
 */
export interface FollowMonitor {
    everyMs: number;
    tick(): Promise<void>;
}
export interface FollowOptions {
    timeoutMs: number;
    successOnPause: boolean;
    log: (line: string) => void;
    /** Pause before re-opening a dropped watch, so a flapping connection does not become a busy loop. */
    reconnectDelayMs?: number;
    monitor?: FollowMonitor;
    /** Ends the wait with an error, e.g. when a sibling follow failed and the run is over anyway. */
    signal?: AbortSignal;
}
/**
 * Waits on one object as `kubectl argo rollouts status --watch` does: from an object already read, a watch narrowed
 * to its name until `judge` calls a version final, or the timeout. A dropped watch resumes from the last
 * resourceVersion seen; a 410 Gone means that version has expired, so it reads the object afresh and watches from
 * there. Each new progress line is logged once. `judge` may read other objects, so versions are judged one at a time,
 * in order.
 */
export declare function watchToEnding<T extends KubeObject>(api: ObjectApi, resource: KubeResource, ref: ObjectRef, first: T, judge: (object: T) => Promise<Judgement> | Judgement, options: Pick<FollowOptions, 'timeoutMs' | 'log' | 'reconnectDelayMs' | 'monitor' | 'signal'>): Promise<{
    object: T;
    ending: FollowEnding;
}>;
