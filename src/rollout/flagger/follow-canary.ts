import { CANARIES } from '../cluster/kube-resources.js';
import type { ObjectApi, ObjectRef } from '../cluster/object-api.js';
import { assertWellFormed, CANARY_SHAPE } from '../cluster/object-shape.js';
import { watchToEnding, type FollowEnding, type FollowOptions, type Judgement } from '../cluster/watch-to-ending.js';
import { DEFAULT_THRESHOLD, type FlaggerCanary } from './canary-object.js';
import { canaryEnding, canaryMessage, canaryPhase, canaryPhaseMeaning, canaryProgressLine } from './canary-phase.js';
import { canaryRevision, type CanaryRevision } from './canary-revision.js';

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

export const UNCHECKED: CanaryRevision = { state: 'unchecked', detail: 'checked only for a promotion' };

/**
 * Follows a Flagger Canary with a watch until Succeeded (or Initialized, a first deploy) or Failed, or the timeout.
 * A promotion counts only once the revision check says it is about the target's current pod template (or cannot
 * tell, on a 403): a Succeeded left from the previous release keeps the wait going until Flagger picks the new one
 * up. The Deployments are read only on a promoted phase, so the watch stays the only steady cost.
 */
export async function followCanary(api: ObjectApi, ref: ObjectRef, options: FollowOptions, first?: FlaggerCanary): Promise<CanaryOutcome> {
  const initial = first ?? (await api.get<FlaggerCanary>(CANARIES, ref));
  let revision = UNCHECKED;
  const judge = async (canary: FlaggerCanary): Promise<Judgement> => {
    assertWellFormed('Canary', ref, canary, CANARY_SHAPE);
    const line = canaryProgressLine(ref, canary, thresholdOf(canary));
    const ending = canaryEnding(canary, options.successOnPause);
    revision = ending === 'healthy' ? await canaryRevision(api, canary) : UNCHECKED;
    if (revision.state === 'stale') return { line: `${line} (${revision.detail}; waiting)` };
    return { line, ending };
  };
  const { object: canary, ending } = await watchToEnding(api, CANARIES, ref, initial, judge, options);
  return canaryOutcome(ref, canary, ending, revision);
}

/** The verdict rules' view of a Canary where the wait ended. */
export function canaryOutcome(ref: ObjectRef, canary: FlaggerCanary, ending: FollowEnding, revision: CanaryRevision): CanaryOutcome {
  return {
    ref,
    ending,
    canary,
    phase: canaryPhase(canary),
    message: canaryMessage(canary),
    failedChecks: canary.status?.failedChecks ?? 0,
    threshold: thresholdOf(canary),
    needsPromotion: canaryPhaseMeaning(canary) === 'waiting-promotion',
    revision,
  };
}

function thresholdOf(canary: FlaggerCanary): number {
  return canary.spec?.analysis?.threshold ?? DEFAULT_THRESHOLD;
}
