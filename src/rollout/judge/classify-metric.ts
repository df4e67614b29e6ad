import { formatNumber } from './format-number.js';
import type { MetricJudgement, SampleSummary, ShiftTest } from './judge-result.js';
import type { JudgeMetricSettings } from './judge-settings.js';
import { mannWhitney, UnboundedShiftError } from './mann-whitney.js';
import { withoutOutliers } from './stats/outlier-fences.js';

/**
 * Kayenta's metric classes. Pass, High and Low count in the group score; NoDataFail (no data on a must-have-data
 * metric) counts as a failure there; NoData and Error (no test possible) are left out, and fail a critical metric.
 * Undecided (not Kayenta's: too few samples to tell) is left out too; the judge then says whether it could have
 * changed the verdict.
 */
export type Classification = 'Pass' | 'High' | 'Low' | 'NoData' | 'NoDataFail' | 'Error' | 'Undecided';

/** Kayenta's fixed confidence of NetflixACAJudge (its tolerance, 0.25, is the `tolerance` setting's default). */
const CONFIDENCE = 0.98;

export interface ClassifyOptions {
  /** Fewer samples than this on a side (after NaN and outliers) is Undecided. */
  minSamples: number;
  /** The interval must clear ±tolerance × |shift| to count. */
  tolerance: number;
}

/**
 * Classifies one metric's canary against its stable as NetflixACAJudge's Mann-Whitney classifier does, on samples
 * whose warm-up is already left out. A side with fewer than `minSamples` after NaN and outlier removal is Undecided.
 */
export function classifyMetric(samples: { name?: string; canary: readonly number[]; stable: readonly number[] }, settings: JudgeMetricSettings, options: ClassifyOptions = { minSamples: 0, tolerance: 0.25 }): MetricJudgement {
  const { minSamples, tolerance } = options;
  const canaryKept = cleaned(samples.canary, settings);
  const stableKept = cleaned(samples.stable, settings);
  const canary = settings.outliers === 'remove' ? withoutOutliers(canaryKept, settings.outlierFactor) : canaryKept;
  const stable = settings.outliers === 'remove' ? withoutOutliers(stableKept, settings.outlierFactor) : stableKept;
  const outliers = canaryKept.length - canary.length + stableKept.length - stable.length;
  const base = { name: settings.name, group: settings.group, critical: settings.critical, canary: summary(canary), stable: summary(stable), ...(outliers > 0 ? { outliersLeftOut: outliers } : {}) };

  if (canary.length === 0 || stable.length === 0) {
    const missing = [canary.length === 0 ? 'canary' : undefined, stable.length === 0 ? 'stable' : undefined].filter(Boolean).join(' or ');
    const classification = settings.mustHaveData && !settings.critical ? 'NoDataFail' : 'NoData';
    return { ...base, classification, criticalFailure: settings.critical, reason: `no ${missing} samples` };
  }
  if (canary.length < minSamples || stable.length < minSamples) {
    return { ...base, classification: 'Undecided', criticalFailure: false, reason: `too few samples: ${canary.length} canary and ${stable.length} stable${outliers > 0 ? ` (${outliers} outliers left out)` : ''}, at least ${minSamples} a side needed` };
  }
  const sortedCanary = [...canary].sort((a, b) => a - b);
  const sortedStable = [...stable].sort((a, b) => a - b);
  if (sortedCanary.length === sortedStable.length && sortedCanary.every((value, index) => value === sortedStable[index])) {
    return { ...base, classification: 'Pass', criticalFailure: false, meanRatio: 1, reason: 'canary and stable samples are identical' };
  }
  if (sortedCanary[0] === sortedCanary[sortedCanary.length - 1] && sortedCanary[0] === sortedStable[0] && sortedStable[0] === sortedStable[sortedStable.length - 1]) {
    return { ...base, classification: 'Pass', criticalFailure: false, meanRatio: 1, reason: `every sample is ${formatNumber(sortedCanary[0])}` };
  }

  let test: ShiftTest;
  try {
    test = shiftTest(canary, stable, sortedCanary, sortedStable, tolerance);
  } catch (error) {
    if (!(error instanceof UnboundedShiftError)) throw error;
    return { ...base, classification: 'Error', criticalFailure: settings.critical, reason: `no test possible: ${error.message}` };
  }
  const meanRatio = ratioOfMeans(base.canary, base.stable);
  return { ...base, meanRatio, test, ...decide(test, meanRatio, settings) };
}

type Decision = Pick<MetricJudgement, 'classification' | 'criticalFailure' | 'reason'>;

/** High or Low needs the whole interval beyond the tolerance band, a large enough ratio, and the right direction. */
function decide(test: ShiftTest, meanRatio: number | undefined, settings: JudgeMetricSettings): Decision {
  const [lower, upper] = test.confidenceInterval;
  const interval = `shift ${formatNumber(test.estimate)} (98% CI ${formatNumber(lower)} to ${formatNumber(upper)})`;
  const band = `the tolerance band ±${formatNumber(test.toleranceBand)}`;
  const ratioText = meanRatio === undefined ? 'mean ratio undefined (a mean is 0)' : `mean ratio ${formatNumber(meanRatio)}`;
  const { allowedIncrease, allowedDecrease, criticalIncrease, criticalDecrease } = settings.effectSize;
  const increase = lower > test.toleranceBand;
  const decrease = upper < -test.toleranceBand;
  if (!increase && !decrease) return { classification: 'Pass', criticalFailure: false, reason: `no significant shift: ${interval} reaches into ${band}` };

  const side = increase ? 'higher' : 'lower';
  const countsThisWay = settings.direction === 'either' || settings.direction === (increase ? 'increase' : 'decrease');
  if (!countsThisWay) return { classification: 'Pass', criticalFailure: false, reason: `canary ${side}, ${interval}, but direction is ${settings.direction}` };

  // A ratio Kayenta cannot compute (a zero mean) skips the effect-size gate: the test alone decides.
  const bound = increase ? allowedIncrease : allowedDecrease;
  const boundName = increase ? 'allowed increase' : 'allowed decrease';
  const beyond = (limit: number): boolean => meanRatio === undefined || (increase ? meanRatio >= limit : meanRatio <= limit);
  if (!beyond(bound)) {
    return { classification: 'Pass', criticalFailure: false, reason: `canary ${side}, ${interval} beyond ${band}, but ${ratioText} is within the ${boundName} ${formatNumber(bound)}` };
  }
  const classification = increase ? 'High' : 'Low';
  const criticalFailure = settings.critical && beyond(increase ? criticalIncrease : criticalDecrease);
  const comparison = meanRatio === undefined ? '' : ` ${increase ? '≥' : '≤'} ${boundName} ${formatNumber(bound)}`;
  return { classification, criticalFailure, reason: `canary ${side}: ${interval} beyond ${band}, ${ratioText}${comparison}` };
}

function shiftTest(canary: readonly number[], stable: readonly number[], sortedCanary: readonly number[], sortedStable: readonly number[], tolerance: number): ShiftTest {
  // Two constant sides tie every value at the ends of the search, so no interval can be found (R stops, Kayenta
  // adds noise). Nothing varies, so the shift is exactly the difference, with no uncertainty around it.
  if (sortedCanary[0] === sortedCanary[sortedCanary.length - 1] && sortedStable[0] === sortedStable[sortedStable.length - 1]) {
    const shift = sortedCanary[0] - sortedStable[0];
    return { method: 'constant', estimate: shift, confidenceInterval: [shift, shift], toleranceBand: tolerance * Math.abs(shift) };
  }
  const result = mannWhitney(canary, stable, CONFIDENCE);
  return {
    method: result.method,
    pValue: result.pValue,
    estimate: result.estimate,
    confidenceInterval: result.confidenceInterval,
    toleranceBand: tolerance * Math.abs(result.estimate),
  };
}

/** NaN and ±Inf are missing points: dropped, or 0 with nan-strategy replace. */
function cleaned(values: readonly number[], settings: JudgeMetricSettings): number[] {
  if (settings.nanStrategy === 'replace') return values.map((value) => (Number.isFinite(value) ? value : 0));
  return values.filter((value) => Number.isFinite(value));
}

function summary(values: readonly number[]): SampleSummary {
  if (values.length === 0) return { count: 0 };
  let sum = 0;
  for (const value of values) sum += value;
  return { count: values.length, mean: sum / values.length };
}

function ratioOfMeans(canary: SampleSummary, stable: SampleSummary): number | undefined {
  if (canary.mean === undefined || stable.mean === undefined || canary.mean === 0 || stable.mean === 0) return undefined;
  return canary.mean / stable.mean;
}
