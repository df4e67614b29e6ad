import type { Judgement } from '../cluster/watch-to-ending.js';
import { promotedCondition, type FlaggerCanary } from './canary-object.js';

/** What a Canary's phase means for the wait, before the revision check (pkg/apis/flagger/v1beta1/status.go). */
export type CanaryPhaseMeaning = 'promoted' | 'failed' | 'waiting-promotion' | 'in-progress';

// Initialized is the end of a first deploy: Flagger promotes the first template without analysis (fluxcd/flagger#830).
const PROMOTED = new Set(['Succeeded', 'Initialized']);
// Terminating and Terminated follow a deleted Canary: the target was handed back without a verdict on the release.
const FAILED = new Set(['Failed', 'Terminating', 'Terminated']);

export function canaryPhase(canary: FlaggerCanary): string {
  // A Canary Flagger has not reconciled yet has no status; Initializing is the phase it will write first.
  return canary.status?.phase || 'Initializing';
}

export function canaryPhaseMeaning(canary: FlaggerCanary): CanaryPhaseMeaning {
  const phase = canaryPhase(canary);
  if (PROMOTED.has(phase)) return 'promoted';
  if (FAILED.has(phase)) return 'failed';
  if (phase === 'WaitingPromotion') return 'waiting-promotion';
  return 'in-progress';
}

/** The message the report and the rules quote: the Promoted condition's, which Flagger keeps current with the phase. */
export function canaryMessage(canary: FlaggerCanary): string {
  return promotedCondition(canary)?.message ?? '';
}

/** The ending a phase gives, when the revision is not in doubt; a promotion still needs the revision check. */
export function canaryEnding(canary: FlaggerCanary, successOnPause: boolean): Judgement['ending'] {
  const meaning = canaryPhaseMeaning(canary);
  if (meaning === 'promoted') return 'healthy';
  if (meaning === 'failed') return 'degraded';
  if (meaning === 'waiting-promotion' && successOnPause) return 'paused';
  return undefined;
}

/** `shop/web: Progressing - New revision detected, weight 20%, failed checks 0/2`. */
export function canaryProgressLine(ref: { name: string; namespace: string }, canary: FlaggerCanary, threshold: number): string {
  const message = canaryMessage(canary);
  const weight = canary.status?.canaryWeight;
  const checks = `failed checks ${canary.status?.failedChecks ?? 0}/${threshold}`;
  const hint = canaryPhaseMeaning(canary) === 'waiting-promotion' ? ' (waiting for the confirm-promotion webhook to approve)' : '';
  return `${ref.namespace}/${ref.name}: ${canaryPhase(canary)}${message ? ` - ${message}` : ''}, weight ${weight ?? 0}%, ${checks}${hint}`;
}
