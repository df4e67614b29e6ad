import type { ObjectApi, ObjectRef } from '../cluster/object-api.js';
import { type FollowEnding, type FollowOptions } from '../cluster/watch-to-ending.js';
import { type FlaggerCanary } from './canary-object.js';
import { type CanaryRevision } from './canary-revision.js';
export interface CanaryOutcome {
    ref: ObjectRef;
    ending: FollowEnding;
    canary: FlaggerCanary;
    phase: string;
    /** The Promoted condition's message. */
    message: string;
    failedChecks: number;
    threshold: number;
    /** WaitingPromotion: a confirm-promotion webhook holds it, nothing in the cluster will move it on. */
    needsPromotion: boolean;
    revision: CanaryRevision;
}
export declare const UNCHECKED: CanaryRevision;
/**
 * Follows a Flagger Canary with a watch until Succeeded (or Initialized, a first deploy) or Failed, or the timeout.
 * A promotion counts only once the revision check says it is about the target's current pod template (or cannot
 * tell, on a 403): a Succeeded left from the previous release keeps the wait going until Flagger picks the new one
 * up. The Deployments are read only on a promoted phase, so the watch stays the only steady cost.
 */
export declare function followCanary(api: ObjectApi, ref: ObjectRef, options: FollowOptions, first?: FlaggerCanary): Promise<CanaryOutcome>;
/** The verdict rules' view of a Canary where the wait ended. */
export declare function canaryOutcome(ref: ObjectRef, canary: FlaggerCanary, ending: FollowEnding, revision: CanaryRevision): CanaryOutcome;
