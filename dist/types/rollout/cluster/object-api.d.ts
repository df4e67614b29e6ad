import type { KubeResource } from './kube-resources.js';
/** Any object read from the API server: what every reader needs is its metadata; the rest is typed by its reader. */
export interface KubeObject {
    metadata?: {
        name?: string;
        namespace?: string;
        uid?: string;
        resourceVersion?: string;
        labels?: Record<string, string>;
        ownerReferences?: {
            uid?: string;
            kind?: string;
            name?: string;
        }[];
    };
}
/** One object in one namespace. */
export interface ObjectRef {
    name: string;
    namespace: string;
}
/** One event of a watch, already told apart: a new version of the object, or the server saying the version expired. */
export type WatchEvent<T> = {
    kind: 'object';
    object: T;
} | {
    kind: 'gone';
};
export interface WatchHandle {
    stop(): void;
}
/**
 * The three reads the rollout check makes. An interface so followers never see HTTP: the real one wraps
 * @kubernetes/client-node, and its errors already name the verb, resource, object and fix.
 */
export interface ObjectApi {
    get<T extends KubeObject>(resource: KubeResource, ref: ObjectRef): Promise<T>;
    list<T extends KubeObject>(resource: KubeResource, namespace: string, labelSelector?: string): Promise<T[]>;
    /** A watch narrowed to one object's name. `onEnd` fires once when the stream ends (`error` undefined) or fails. */
    watch<T extends KubeObject>(resource: KubeResource, ref: ObjectRef, resourceVersion: string | undefined, onEvent: (event: WatchEvent<T>) => void, onEnd: (error?: Error) => void): Promise<WatchHandle>;
}
