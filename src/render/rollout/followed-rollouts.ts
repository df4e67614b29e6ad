import type { Finding } from '../../core/finding.js';
import { completedRuns, type AnalyzerRun, type Report } from '../../core/report.js';
import type { AnalysisRunSummary, CanaryStats, CanaryStepSummary, MetricSummary, NamedAnalysisRun, RolloutStats } from '../../rollout/meta.js';

/** One AnalysisRun as the renderers show it, whichever of the two shapes the stats carry (status names it, or the full summary). */
export interface AnalysisRunView {
  name: string;
  /** Step, Background, PrePromotion or PostPromotion, when known. */
  type?: string;
  phase: string;
  message: string;
  metrics: MetricSummary[];
}

/** A followed object (an Argo Rollout or a Flagger Canary) with the verdict findings about it. */
export interface FollowedRollout {
  kind: string;
  name: string;
  namespace: string;
  phase: string;
  message: string;
  ending: string;
  needsPromotion: boolean;
  step?: number;
  steps?: number;
  /** A weight the cluster would not tell us (a 403 on ReplicaSets) is the string "unknown". */
  weights?: { desired?: number | string; actual?: number | string };
  stepList: CanaryStepSummary[];
  analysisRuns: AnalysisRunView[];
  /** Flagger: failed metric checks against the analysis threshold that rolls the canary back. */
  checks?: { failed: number; threshold: number };
  /** Fields the checker's account could not read (a 403), each with the reason the API server gave. */
  unknown: Record<string, string>;
  verdicts: Finding[];
}

/** The objects the rollout runs followed, from their stats, each with the verdict findings about it. */
export function followedRollouts(report: Report, inScope: (run: AnalyzerRun) => boolean = () => true): FollowedRollout[] {
  const verdicts = report.findings.filter((finding) => finding.analyzer === 'rollout' && finding.file === undefined);
  return completedRuns(report.runs, 'rollout')
    .filter(inScope)
    .flatMap((run) => (run.stats.mode === 'follow' ? run.stats.rollouts : []))
    .map((stats) => followedRollout(stats, verdicts));
}

function followedRollout(stats: RolloutStats | CanaryStats, verdicts: readonly Finding[]): FollowedRollout {
  const { kind, name, namespace, phase, message, ending, needsPromotion } = stats;
  return {
    kind,
    name,
    namespace,
    phase,
    message,
    ending,
    needsPromotion,
    step: stats.kind === 'Rollout' ? stats.step : undefined,
    steps: stats.kind === 'Rollout' ? stats.steps : undefined,
    weights: stats.weights,
    stepList: stats.stepList ?? [],
    analysisRuns: stats.analysisRuns.map(analysisRunView),
    checks: stats.kind === 'Canary' ? { failed: stats.failedChecks, threshold: stats.threshold } : undefined,
    unknown: stats.unknown ?? {},
    verdicts: verdicts.filter((finding) => finding.data?.rollout === name && finding.data?.namespace === namespace),
  };
}

/** A run the controller's status only names (the runs themselves could not be listed), or the full summary. */
function analysisRunView(run: AnalysisRunSummary | NamedAnalysisRun): AnalysisRunView {
  if ('status' in run) return { name: run.name, type: run.type === '' ? undefined : run.type, phase: run.status, message: run.message, metrics: [] };
  return { name: run.name, type: run.rolloutType || undefined, phase: run.phase, message: run.message, metrics: run.metrics };
}
