import type { RolloutRef } from './rollout-api.js';
/** The HTTP status of an error from @kubernetes/client-node: `code` on API calls, `statusCode` on watches. */
export declare function httpStatusOf(error: unknown): number | undefined;
/**
 * Turns a failed read into a message that names the Rollout, the verb and resource, and the fix, so a failed run
 * says what to change rather than "HTTP-Code: 403".
 */
export declare function clusterReadError(verb: 'get' | 'watch', ref: RolloutRef, error: unknown): Error;
