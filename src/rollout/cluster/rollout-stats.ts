import { canaryProgress } from '../status/canary-progress.js';
import type { FollowOutcome } from './follow-rollout.js';

export interface RolloutStats {
  name: string;
  namespace: string;
  phase: string;
  message: string;
  ending: FollowOutcome['ending'];
  /** Current step index and the number of steps ("i/n"); undefined for blue-green. */
  step?: number;
  steps?: number;
  weights?: { desired: number; actual?: number };
  /** The current step and background runs as the Rollout's status names them: {name, status, message}. */
  analysisRuns: { type: string; name: string; status: string; message: string }[];
}

/** What `--format json` carries per followed Rollout in the run's stats. */
export function rolloutStats(outcome: FollowOutcome): RolloutStats {
  const progress = canaryProgress(outcome.rollout);
  const canary = (outcome.rollout.status as { canary?: Record<string, unknown> } | undefined)?.canary ?? {};
  const runs = [
    ['Step', canary.currentStepAnalysisRunStatus],
    ['Background', canary.currentBackgroundAnalysisRunStatus],
  ] as const;
  return {
    name: outcome.ref.name,
    namespace: outcome.ref.namespace,
    phase: outcome.phase,
    message: outcome.message,
    ending: outcome.ending,
    step: progress?.stepIndex,
    steps: progress?.total,
    weights: progress ? { desired: progress.desiredWeight, actual: progress.actualWeight } : undefined,
    analysisRuns: runs.flatMap(([type, run]) => {
      if (typeof run !== 'object' || run === null) return [];
      const { name, status, message } = run as { name?: string; status?: string; message?: string };
      return [{ type, name: name ?? '', status: status ?? '', message: message ?? '' }];
    }),
  };
}
