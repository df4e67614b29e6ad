import type { AnalysisRunSummary } from '../status/analysis-run-summary.js';
import { canaryProgress } from '../status/canary-progress.js';
import { rolloutPhase, type PhaseAndMessage } from '../status/rollout-phase.js';
import { analysisRunsOfRevision } from './analysis-runs-of-revision.js';
import { ROLLOUTS } from './kube-resources.js';
import type { ObjectApi } from './object-api.js';
import { assertWellFormed, ROLLOUT_SHAPE } from './object-shape.js';
import type { Readable } from './readable.js';
import { revisionReplicaSets, type RevisionReplicaSets } from './revision-replica-sets.js';
import type { ClusterRollout, RolloutRef } from './rollout-api.js';
import { watchToEnding, type FollowEnding, type FollowOptions, type Judgement } from './watch-to-ending.js';

export type { FollowEnding, FollowOptions } from './watch-to-ending.js';

export interface FollowOutcome extends PhaseAndMessage {
  ref: RolloutRef;
  ending: FollowEnding;
  rollout: ClusterRollout;
  /** Paused where only `kubectl argo rollouts promote` moves it on: an indefinite pause or an inconclusive analysis. */
  needsPromotion: boolean;
  /** The AnalysisRuns of the current revision, read once the wait ended; absent where nothing read them (docs examples). */
  analysisRuns?: Readable<AnalysisRunSummary[]>;
  /** The canary and stable ReplicaSets' counts, read once the wait ended. */
  replicaSets?: Readable<RevisionReplicaSets>;
}

const PROMOTION_PAUSES = new Set(['InconclusiveAnalysisRun', 'InconclusiveExperiment']);

/**
 * Follows one Rollout as `kubectl argo rollouts status --watch` does, until Healthy or Degraded (or an accepted
 * pause) or the timeout, then reads what explains the verdict: the current revision's AnalysisRuns and ReplicaSets.
 * Those reads happen once, at the end, so following costs a get and a watch however long it lasts. `first` is the
 * object a selector's list already returned, saving the get.
 */
export async function followRollout(api: ObjectApi, ref: RolloutRef, options: FollowOptions, first?: ClusterRollout): Promise<FollowOutcome> {
  const initial = first ?? (await api.get<ClusterRollout>(ROLLOUTS, ref));
  const judge = (rollout: ClusterRollout): Judgement => {
    assertWellFormed('Rollout', ref, rollout, ROLLOUT_SHAPE);
    return { line: progressLine(ref, rollout), ending: endingOf(rollout, options.successOnPause) };
  };
  const { object: rollout, ending } = await watchToEnding(api, ROLLOUTS, ref, initial, judge, options);
  const [analysisRuns, replicaSets] = await Promise.all([analysisRunsOfRevision(api, rollout), revisionReplicaSets(api, rollout)]);
  for (const [field, reading] of [['AnalysisRuns', analysisRuns], ['ReplicaSets', replicaSets]] as const) {
    if (!reading.known) options.log(`${ref.namespace}/${ref.name}: ${field} unknown (${reading.reason})`);
  }
  return { ref, ending, rollout, needsPromotion: needsPromotion(rollout), ...rolloutPhase(rollout), analysisRuns, replicaSets };
}

function endingOf(rollout: ClusterRollout, successOnPause: boolean): Judgement['ending'] {
  const { phase } = rolloutPhase(rollout);
  if (phase === 'Healthy') return 'healthy';
  if (phase === 'Degraded') return 'degraded';
  if (phase === 'Paused' && successOnPause) return 'paused';
  return undefined;
}

export function needsPromotion(rollout: ClusterRollout): boolean {
  if (rolloutPhase(rollout).phase !== 'Paused') return false;
  if ((rollout.status?.pauseConditions ?? []).some((pause) => PROMOTION_PAUSES.has(pause.reason ?? ''))) return true;
  return canaryProgress(rollout)?.atIndefinitePause === true;
}

/** `web (prod): Paused - CanaryPauseStep, step 1/4`, plus the promotion hint when nothing else will move it. */
function progressLine(ref: RolloutRef, rollout: ClusterRollout): string {
  const { phase, message } = rolloutPhase(rollout);
  const progress = canaryProgress(rollout);
  const step = progress && progress.total > 0 ? `, step ${progress.stepIndex}/${progress.total}` : '';
  const hint = needsPromotion(rollout) ? ' (needs a promotion: kubectl argo rollouts promote)' : '';
  return `${ref.namespace}/${ref.name}: ${phase}${message ? ` - ${message}` : ''}${step}${hint}`;
}
