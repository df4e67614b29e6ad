import { classifyMetric } from './classify-metric.js';
import type { GroupScore, JudgeResult, JudgeVerdict, MetricJudgement, MetricSamples } from './judge-result.js';
import type { CanaryJudgeSettings } from './judge-settings.js';

/** Kayenta fails the canary outright when at least this share of the metrics has no data. */
const NO_DATA_SHARE_LIMIT = 0.5;

/**
 * Judges the canary against the stable as Kayenta's NetflixACAJudge does: each configured metric classified, a
 * score per group, their weighted sum, and the pass / marginal thresholds. A metric with no samples in `inputs`
 * has no data.
 */
export function judgeCanary(inputs: readonly MetricSamples[], settings: CanaryJudgeSettings): JudgeResult {
  const byName = new Map(inputs.map((input) => [input.name, input]));
  for (const input of inputs) {
    // A caller bug, not a user's: the samples are fetched for the configured metrics and nothing else.
    if (!settings.metrics.some((metric) => metric.name === input.name)) throw new RangeError(`judgeCanary: samples for '${input.name}', which is not a configured metric`);
  }
  const metrics = settings.metrics.map((metric) => classifyMetric(byName.get(metric.name) ?? { name: metric.name, canary: [], stable: [] }, metric));
  const groups = groupScores(metrics, settings.groupWeights);
  const { score, forcedToZero } = summaryScore(metrics, groups);
  return { verdict: verdictOf(score, settings), score, ...(forcedToZero ? { forcedToZero } : {}), passScore: settings.passScore, marginalScore: settings.marginalScore, groups, metrics };
}

function groupScores(metrics: readonly MetricJudgement[], weights: Readonly<Record<string, number>>): GroupScore[] {
  const names = [...new Set(metrics.map((metric) => metric.group))];
  const unweighted = names.filter((name) => !(name in weights));
  const listedTotal = Object.values(weights).reduce((sum, weight) => sum + weight, 0);
  const sharedWeight = unweighted.length > 0 ? (100 - listedTotal) / unweighted.length : 0;
  return names.map((name) => {
    const members = metrics.filter((metric) => metric.group === name);
    const counted = members.filter((metric) => metric.classification !== 'NoData' && metric.classification !== 'Error');
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
