import { type KubeResource } from './kube-resources.js';
/** The HTTP status of an error from @kubernetes/client-node: `code` on API calls, `statusCode` on watches. */
export declare function httpStatusOf(error: unknown): number | undefined;
/** A failed read that keeps its HTTP status, so a caller can tell "forbidden" (a field becomes unknown) from the rest. */
export declare class ClusterReadError extends Error {
    readonly status: number | undefined;
    constructor(message: string, status: number | undefined);
}
export interface ReadTarget {
    verb: 'get' | 'list' | 'watch';
    resource: KubeResource;
    namespace: string;
    /** The object's name; absent for a list. */
    name?: string;
    /** The API server URL from the kubeconfig, credentials removed, for "cannot reach" messages. */
    server: string;
}
/**
 * Turns a failed read into a message that names the verb, resource, object and namespace, and the fix, so a failed
 * run says what to change rather than "HTTP-Code: 403". Bodies and headers of the response are left out: they are
 * noise at best, and nothing from the request (the bearer token) may reach a message.
 */
export declare function clusterReadError(target: ReadTarget, error: unknown): ClusterReadError;
/** The server URL of the kubeconfig's current cluster without user info, which could hold a password. */
export declare function displayServer(server: string | undefined): string;
