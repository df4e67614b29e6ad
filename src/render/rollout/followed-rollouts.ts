import type { Finding } from '../../core/finding.js';
import type { AnalyzerRun, Report } from '../../core/report.js';
import type { CanaryStepSummary } from '../../rollout/status/canary-step-summary.js';
import type { MetricSummary } from '../../rollout/status/analysis-run-summary.js';

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

/**
 * The objects the rollout runs followed, read from `runs[].stats.rollouts`. A report may come from a saved JSON
 * file (the fork-safe pair), so the stats are read field by field and a missing field is left out, never guessed.
 */
export function followedRollouts(report: Report, inScope: (run: AnalyzerRun) => boolean = () => true): FollowedRollout[] {
  const verdicts = report.findings.filter((finding) => finding.analyzer === 'rollout' && finding.file === undefined);
  return report.runs
    .filter((run) => run.analyzer === 'rollout' && run.status === 'ok' && inScope(run))
    .flatMap((run) => (Array.isArray(run.stats.rollouts) ? (run.stats.rollouts as unknown[]) : []))
    .filter(isRecord)
    .map((stats) => followedRollout(stats, verdicts));
}

function followedRollout(stats: Record<string, unknown>, verdicts: readonly Finding[]): FollowedRollout {
  const name = text(stats.name);
  const namespace = text(stats.namespace);
  return {
    kind: text(stats.kind) || 'Rollout',
    name,
    namespace,
    phase: text(stats.phase),
    message: text(stats.message),
    ending: text(stats.ending),
    needsPromotion: stats.needsPromotion === true,
    step: typeof stats.step === 'number' ? stats.step : undefined,
    steps: typeof stats.steps === 'number' ? stats.steps : undefined,
    weights: isRecord(stats.weights) ? { desired: weight(stats.weights.desired), actual: weight(stats.weights.actual) } : undefined,
    stepList: Array.isArray(stats.stepList) ? (stats.stepList as unknown[]).filter(isRecord).map(asStep) : [],
    analysisRuns: Array.isArray(stats.analysisRuns) ? (stats.analysisRuns as unknown[]).filter(isRecord).map(analysisRunView) : [],
    checks: typeof stats.failedChecks === 'number' && typeof stats.threshold === 'number' ? { failed: stats.failedChecks, threshold: stats.threshold } : undefined,
    unknown: isRecord(stats.unknown) ? Object.fromEntries(Object.entries(stats.unknown).filter((entry): entry is [string, string] => typeof entry[1] === 'string')) : {},
    verdicts: verdicts.filter((finding) => finding.data?.rollout === name && finding.data?.namespace === namespace),
  };
}

function asStep(step: Record<string, unknown>): CanaryStepSummary {
  return step as unknown as CanaryStepSummary;
}

function analysisRunView(run: Record<string, unknown>): AnalysisRunView {
  const type = text(run.type) || text(run.rolloutType);
  return {
    name: text(run.name),
    type: type === '' ? undefined : type,
    phase: text(run.phase) || text(run.status),
    message: text(run.message),
    metrics: Array.isArray(run.metrics) ? ((run.metrics as unknown[]).filter(isRecord) as unknown as MetricSummary[]) : [],
  };
}

function weight(value: unknown): number | string | undefined {
  return typeof value === 'number' || typeof value === 'string' ? value : undefined;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
