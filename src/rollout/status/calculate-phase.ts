import type { RolloutObject } from './rollout-object.js';
import type { PhaseAndMessage } from './rollout-phase.js';

const DEGRADING_REASONS = new Set(['RolloutAborted', 'ProgressDeadlineExceeded']);
const FINISHED_ANALYSIS_PHASES = new Set(['Successful', 'Failed', 'Error', 'Inconclusive']);

/**
 * argo-rollouts' CalculateRolloutPhase over the stored spec and status: the fallback for objects written by
 * controllers older than 1.0, which did not store `status.phase`. The order matters: a degrading condition beats
 * a pause, and a pause beats replica counts.
 */
export function calculatePhase(rollout: RolloutObject): PhaseAndMessage {
  const spec = rollout.spec ?? {};
  const status = rollout.status ?? {};
  for (const condition of status.conditions ?? []) {
    if (condition.type === 'InvalidSpec') return { phase: 'Degraded', message: `InvalidSpec: ${condition.message ?? ''}` };
    if (condition.reason && DEGRADING_REASONS.has(condition.reason)) {
      return { phase: 'Degraded', message: `${condition.reason}: ${condition.message ?? ''}` };
    }
  }
  if (spec.paused === true) return { phase: 'Paused', message: 'manually paused' };
  const firstPause = status.pauseConditions?.[0];
  if (firstPause) return { phase: 'Paused', message: firstPause.reason ?? '' };
  if (spec.restartAt !== undefined && !sameInstant(spec.restartAt, status.restartedAt)) {
    return { phase: 'Progressing', message: 'rollout is restarting' };
  }
  const updated = status.updatedReplicas ?? 0;
  if (updated < (spec.replicas ?? 1)) return { phase: 'Progressing', message: 'more replicas need to be updated' };
  if ((status.availableReplicas ?? 0) < updated) return { phase: 'Progressing', message: 'updated replicas are still becoming available' };
  const fullyPromoted = status.stableRS !== undefined && status.stableRS !== '' && status.stableRS === status.currentPodHash;
  const blueGreen = spec.strategy?.blueGreen;
  if (blueGreen) {
    const active = status.blueGreen?.activeSelector;
    if (!active || active !== status.currentPodHash) return { phase: 'Progressing', message: 'active service cutover pending' };
    if (!fullyPromoted) return { phase: 'Progressing', message: postPromotionMessage(rollout) };
    return { phase: 'Healthy', message: '' };
  }
  const canary = spec.strategy?.canary;
  if (canary) {
    // With traffic routing the old ReplicaSets may stay up on purpose (dynamic stable scale, abort scale-down delay).
    if (!canary.trafficRouting && (status.replicas ?? 0) > updated) {
      return { phase: 'Progressing', message: 'old replicas are pending termination' };
    }
    if (!fullyPromoted) return { phase: 'Progressing', message: 'waiting for all steps to complete' };
  }
  return { phase: 'Healthy', message: '' };
}

function postPromotionMessage(rollout: RolloutObject): string {
  const configured = rollout.spec?.strategy?.blueGreen?.postPromotionAnalysis !== undefined;
  const runPhase = rollout.status?.blueGreen?.postPromotionAnalysisRunStatus?.status;
  const running = runPhase === undefined || !FINISHED_ANALYSIS_PHASES.has(runPhase);
  return configured && running ? 'waiting for analysis to complete' : 'waiting for post-promotion verification to complete';
}

/** Timestamps are compared as instants, so `2024-01-01T00:00:00Z` equals `2024-01-01T00:00:00.000Z`. */
function sameInstant(wanted: string, actual: string | undefined): boolean {
  if (actual === undefined) return false;
  const wantedMs = Date.parse(wanted);
  const actualMs = Date.parse(actual);
  if (Number.isNaN(wantedMs) || Number.isNaN(actualMs)) return wanted === actual;
  return wantedMs === actualMs;
}
