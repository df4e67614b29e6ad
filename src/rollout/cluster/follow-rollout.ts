import { canaryProgress } from '../status/canary-progress.js';
import { rolloutPhase, type PhaseAndMessage } from '../status/rollout-phase.js';
import type { ClusterRollout, RolloutApi, RolloutRef, WatchHandle } from './rollout-api.js';

/** How the wait ended: the two final phases, an accepted pause (success-on-pause), or the timeout. */
export type FollowEnding = 'healthy' | 'degraded' | 'paused' | 'timeout';

export interface FollowOutcome extends PhaseAndMessage {
  ref: RolloutRef;
  ending: FollowEnding;
  rollout: ClusterRollout;
  /** Paused where only `kubectl argo rollouts promote` moves it on: an indefinite pause or an inconclusive analysis. */
  needsPromotion: boolean;
}

export interface FollowOptions {
  timeoutMs: number;
  successOnPause: boolean;
  log: (line: string) => void;
  /** Pause before re-opening a dropped watch, so a flapping connection does not become a busy loop. */
  reconnectDelayMs?: number;
}

const DEFAULT_RECONNECT_DELAY_MS = 250;
const PROMOTION_PAUSES = new Set(['InconclusiveAnalysisRun', 'InconclusiveExperiment']);

/**
 * Follows one Rollout as `kubectl argo rollouts status --watch` does: a get, then a watch narrowed to its name,
 * until Healthy or Degraded (or an accepted pause) or the timeout. A dropped watch resumes from the last
 * resourceVersion seen; a 410 Gone means that version has expired, so it reads the object afresh and watches from
 * there. Each new phase and step is logged once.
 */
export async function followRollout(api: RolloutApi, ref: RolloutRef, options: FollowOptions): Promise<FollowOutcome> {
  const first = await api.get(ref);
  return new Promise<FollowOutcome>((resolve, reject) => {
    let latest = first;
    let lastLine = '';
    let handle: WatchHandle | undefined;
    let finished = false;
    const finish = (outcome: FollowOutcome | Error) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      handle?.stop();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const timer = setTimeout(() => finish(outcomeOf(ref, latest, 'timeout')), options.timeoutMs);

    const observe = (rollout: ClusterRollout) => {
      latest = rollout;
      const line = progressLine(ref, rollout);
      if (line !== lastLine) options.log(line);
      lastLine = line;
      const ending = endingOf(rollout, options.successOnPause);
      if (ending) finish(outcomeOf(ref, rollout, ending));
    };

    const startWatch = async (resourceVersion: string | undefined): Promise<void> => {
      let gone = false;
      handle = await api.watch(
        ref,
        resourceVersion,
        (event) => {
          if (event.kind === 'gone') gone = true;
          else observe(event.rollout);
        },
        (error) => {
          if (finished) return;
          if (error) return finish(error);
          setTimeout(() => void resume(gone), options.reconnectDelayMs ?? DEFAULT_RECONNECT_DELAY_MS);
        },
      );
      if (finished) handle.stop();
    };

    const resume = async (gone: boolean): Promise<void> => {
      if (finished) return;
      try {
        if (gone) {
          options.log(`${ref.namespace}/${ref.name}: watch expired (410 Gone); reading the rollout again`);
          observe(await api.get(ref));
          if (finished) return;
        }
        await startWatch(latest.metadata?.resourceVersion);
      } catch (error) {
        finish(error instanceof Error ? error : new Error(String(error)));
      }
    };

    observe(first);
    if (!finished) void resume(false);
  });
}

function endingOf(rollout: ClusterRollout, successOnPause: boolean): FollowEnding | undefined {
  const { phase } = rolloutPhase(rollout);
  if (phase === 'Healthy') return 'healthy';
  if (phase === 'Degraded') return 'degraded';
  if (phase === 'Paused' && successOnPause) return 'paused';
  return undefined;
}

function outcomeOf(ref: RolloutRef, rollout: ClusterRollout, ending: FollowEnding): FollowOutcome {
  return { ref, ending, rollout, needsPromotion: needsPromotion(rollout), ...rolloutPhase(rollout) };
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
