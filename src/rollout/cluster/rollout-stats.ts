import type { AnalysisRunSummary } from '../status/analysis-run-summary.js';
import { canaryProgress } from '../status/canary-progress.js';
import { summarizeCanarySteps, type CanaryStepSummary } from '../status/canary-step-summary.js';
import type { FollowOutcome } from './follow-rollout.js';
import type { RevisionReplicaSets } from './revision-replica-sets.js';
import type { RolloutRef } from './rollout-api.js';
import type { FollowEnding } from './watch-to-ending.js';

/** What the check could not read (a 403), by stats field, with the reason: the field itself says "unknown". */
export type UnknownFields = Partial<Record<'analysisRuns' | 'replicaSets' | 'revision', string>>;

/** The status-named form of a run, used when the AnalysisRuns themselves could not be listed. */
export interface NamedAnalysisRun {
  type: string;
  name: string;
  status: string;
  message: string;
}

/** What every followed object reports, Rollout or Flagger Canary: the fields the verdict table reads. */
export interface FollowedStats {
  name: string;
  namespace: string;
  phase: string;
  message: string;
  ending: FollowEnding;
  /** Paused where only a promotion moves it on (an indefinite pause, an inconclusive analysis, a webhook gate). */
  needsPromotion: boolean;
}

export function followedStats(outcome: { ref: RolloutRef; phase: string; message: string; ending: FollowEnding; needsPromotion: boolean }): FollowedStats {
  const { ref, phase, message, ending, needsPromotion } = outcome;
  return { name: ref.name, namespace: ref.namespace, phase, message, ending, needsPromotion };
}

/**
 * One followed Argo Rollout in `runs[].stats.rollouts` (`--format json`), the input of the verdict table and the
 * step diagram. `kind` tells it from a Flagger Canary (src/rollout/flagger/canary-stats.ts).
 */
export interface RolloutStats extends FollowedStats {
  kind: 'Rollout';
  /** Current step index and the number of steps ("i/n"); undefined for blue-green. */
  step?: number;
  steps?: number;
  /** `actual` is "unknown" when it needs the canary ReplicaSet and ReplicaSets could not be read. */
  weights?: { desired: number; actual?: number | 'unknown' };
  /** The canary steps in order, with what each sets: the comment draws them as a flow. Undefined for blue-green. */
  stepList?: CanaryStepSummary[];
  /**
   * The AnalysisRuns of the current revision read from the API (owner uid + pod-template-hash label), with each
   * metric's phase, last value, conditions, counts against limits and resolved query. When they could not be listed
   * (`unknown.analysisRuns` says why), the current runs as the Rollout's status names them.
   */
  analysisRuns: AnalysisRunSummary[] | NamedAnalysisRun[];
  /** Ready counts of the canary (current revision) and stable ReplicaSets, or "unknown". */
  replicaSets: RevisionReplicaSets | 'unknown';
  unknown?: UnknownFields;
}

/** What `--format json` carries per followed Rollout in the run's stats. */
export function rolloutStats(outcome: FollowOutcome): RolloutStats {
  const replicaSets = outcome.replicaSets;
  const availableCanaryPods = replicaSets?.known ? replicaSets.value.canary?.available : undefined;
  const progress = canaryProgress(outcome.rollout, availableCanaryPods);
  const unknown: UnknownFields = {};
  if (outcome.analysisRuns?.known === false) unknown.analysisRuns = outcome.analysisRuns.reason;
  if (replicaSets?.known === false) unknown.replicaSets = replicaSets.reason;
  const canary = (outcome.rollout.status as { canary?: Record<string, unknown> } | undefined)?.canary ?? {};
  const runs = [
    ['Step', canary.currentStepAnalysisRunStatus],
    ['Background', canary.currentBackgroundAnalysisRunStatus],
  ] as const;
  return {
    kind: 'Rollout',
    ...followedStats(outcome),
    step: progress?.stepIndex,
    steps: progress?.total,
    weights: progress ? { desired: progress.desiredWeight, actual: progress.actualWeight ?? (replicaSets?.known === false ? 'unknown' : undefined) } : undefined,
    stepList: progress ? summarizeCanarySteps(outcome.rollout.spec?.strategy?.canary?.steps ?? []) : undefined,
    analysisRuns: outcome.analysisRuns?.known
      ? outcome.analysisRuns.value
      : runs.flatMap(([type, run]) => {
          if (typeof run !== 'object' || run === null) return [];
          const { name, status, message } = run as { name?: string; status?: string; message?: string };
          return [{ type, name: name ?? '', status: status ?? '', message: message ?? '' }];
        }),
    replicaSets: replicaSets === undefined ? {} : replicaSets.known ? replicaSets.value : 'unknown',
    ...(Object.keys(unknown).length > 0 ? { unknown } : {}),
  };
}
