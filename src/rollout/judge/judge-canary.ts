import { classifyMetric } from './classify-metric.js';
import type { GroupScore, JudgeResult, JudgeVerdict, MetricJudgement, MetricSamples, SideSamples } from './judge-result.js';
import type { CanaryJudgeSettings } from './judge-settings.js';

/** Kayenta fails the canary outright when at least this share of the metrics has no data. */
const NO_DATA_SHARE_LIMIT = 0.5;

/**
 * Judges the canary against the stable as Kayenta's NetflixACAJudge does: each configured metric classified, a
 * score per group, their weighted sum, and the pass / marginal thresholds. A metric with no samples in `inputs`
 * has no data. Unlike Kayenta, the first `warmUp` samples of each series are left out first, and a metric with too
 * few samples is Undecided: the verdict is then the one it would have been whatever those metrics had shown, or
 * `undecided` when they could have changed it.
 */
export function judgeCanary(inputs: readonly MetricSamples[], settings: CanaryJudgeSettings): JudgeResult {
  const byName = new Map(inputs.map((input) => [input.name, input]));
  for (const input of inputs) {
    // A caller bug, not a user's: the samples are fetched for the configured metrics and nothing else.
    if (!settings.metrics.some((metric) => metric.name === input.name)) throw new RangeError(`judgeCanary: samples for '${input.name}', which is not a configured metric`);
  }
  const metrics = settings.metrics.map((metric) => {
    const input = byName.get(metric.name);
    const samples = { canary: afterWarmUp(input?.canary ?? [], settings.warmUp), stable: afterWarmUp(input?.stable ?? [], settings.warmUp) };
    return classifyMetric(samples, metric, { minSamples: settings.minSamples, tolerance: settings.tolerance });
  });
  const groups = groupScores(metrics, settings.groupWeights);
  const { score, forcedToZero } = summaryScore(metrics, groups);
  const common = { score, ...(forcedToZero ? { forcedToZero } : {}), passScore: settings.passScore, marginalScore: settings.marginalScore, groups, metrics };
  if (!metrics.some((metric) => metric.classification === 'Undecided')) return { verdict: verdictOf(score, settings), ...common };

  // What the undecided metrics could have been: all Pass at best, all High (failing a critical one) at worst.
  const best = scoreAs(metrics, settings, (metric) => ({ ...metric, classification: 'Pass' }));
  const worst = scoreAs(metrics, settings, (metric) => ({ ...metric, classification: 'High', criticalFailure: metric.critical }));
  const bestVerdict = verdictOf(best, settings);
  const verdict = bestVerdict === verdictOf(worst, settings) ? bestVerdict : 'undecided';
  return { verdict, ...common, undecidedScores: [worst, best] };
}

function scoreAs(metrics: readonly MetricJudgement[], settings: CanaryJudgeSettings, as: (metric: MetricJudgement) => MetricJudgement): number {
  const assumed = metrics.map((metric) => (metric.classification === 'Undecided' ? as(metric) : metric));
  return summaryScore(assumed, groupScores(assumed, settings.groupWeights)).score;
}

/** Each series without its first `warmUp` values (a flat list is one series). */
function afterWarmUp(side: SideSamples, warmUp: number): number[] {
  const series = side.length > 0 && Array.isArray(side[0]) ? (side as readonly (readonly number[])[]) : [side as readonly number[]];
  return series.flatMap((values) => values.slice(warmUp));
}

function groupScores(metrics: readonly MetricJudgement[], weights: Readonly<Record<string, number>>): GroupScore[] {
  const names = [...new Set(metrics.map((metric) => metric.group))];
  const unweighted = names.filter((name) => !(name in weights));
  const listedTotal = Object.values(weights).reduce((sum, weight) => sum + weight, 0);
  const sharedWeight = unweighted.length > 0 ? (100 - listedTotal) / unweighted.length : 0;
  return names.map((name) => {
    const members = metrics.filter((metric) => metric.group === name);
    const counted = members.filter((metric) => metric.classification !== 'NoData' && metric.classification !== 'Error' && metric.classification !== 'Undecided');
    const passed = counted.filter((metric) => metric.classification === 'Pass').length;
    // A group with nothing to count does not hold the canary back.
    const score = counted.length === 0 ? 100 : (passed / counted.length) * 100;
    return { name, score, weight: weights[name] ?? sharedWeight };
  });
}

function summaryScore(metrics: readonly MetricJudgement[], groups: readonly GroupScore[]): { score: number; forcedToZero?: JudgeResult['forcedToZero'] } {
  if (metrics.some((metric) => metric.criticalFailure)) return { score: 0, forcedToZero: 'critical-failure' };
  const noData = metrics.filter((metric) => metric.classification === 'NoData').length;
  if (noData >= metrics.length * NO_DATA_SHARE_LIMIT) return { score: 0, forcedToZero: 'no-data' };
  const weighted = groups.reduce((sum, group) => sum + group.score * (group.weight / 100), 0);
  return { score: Math.round(weighted * 100) / 100 };
}

/** Both thresholds are inclusive, as Kayenta's ThresholdScoreClassifier. */
function verdictOf(score: number, settings: CanaryJudgeSettings): JudgeVerdict {
  if (score >= settings.passScore) return 'pass';
  if (score >= settings.marginalScore) return 'marginal';
  return 'fail';
}
