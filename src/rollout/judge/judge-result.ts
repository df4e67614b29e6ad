import type { Classification } from './classify-metric.js';

/**
 * One side of a metric over the lookback window: one series' values in time order, or several series (a query not
 * aggregated to one), each in time order. The first `warm-up` values of each series are left out. NaN and ±Inf
 * mark missing points.
 */
export type SideSamples = readonly number[] | readonly (readonly number[])[];

export interface MetricSamples {
  name: string;
  canary: SideSamples;
  stable: SideSamples;
}

/** Count and mean of one side after NaN handling; the mean is absent without samples. */
export interface SampleSummary {
  count: number;
  mean?: number;
}

/** The Mann-Whitney comparison behind a High, Low or tested Pass. */
export interface ShiftTest {
  method: 'exact' | 'normal' | 'constant';
  /** Absent when both sides are constant: nothing varies, so there is nothing to test. */
  pValue?: number;
  /** Hodges–Lehmann estimate of canary − stable. */
  estimate: number;
  /** Its 98% confidence interval. */
  confidenceInterval: [number, number];
  /** ±0.25 × |estimate|: the interval must clear it to count. */
  toleranceBand: number;
}

export interface MetricJudgement {
  name: string;
  group: string;
  critical: boolean;
  classification: Classification;
  /** A critical metric that fails the whole judgement. */
  criticalFailure: boolean;
  /** Why, in words, with the numbers. */
  reason: string;
  canary: SampleSummary;
  stable: SampleSummary;
  /** Samples of both sides left out as outliers (absent when none). */
  outliersLeftOut?: number;
  /** mean(canary) / mean(stable); absent when either mean is 0 or missing, as Kayenta's NaN. */
  meanRatio?: number;
  test?: ShiftTest;
}

export interface GroupScore {
  name: string;
  /** Pass / (Pass + High + Low + NoDataFail) × 100; 100 when the group has nothing to count (only NoData, Error). */
  score: number;
  /** The weight in percent the summary gives it. */
  weight: number;
}

/** `undecided`: Undecided metrics (too few samples) could have turned the verdict either way. */
export type JudgeVerdict = 'pass' | 'marginal' | 'fail' | 'undecided';

export interface JudgeResult {
  verdict: JudgeVerdict;
  /** The summary score, 0–100, rounded to 2 decimals; 0 when forced. */
  score: number;
  /** Why the score was forced to 0, when it was. */
  forcedToZero?: 'critical-failure' | 'no-data';
  /** With Undecided metrics: the score had they all been High (worst) and all Pass (best). */
  undecidedScores?: [number, number];
  passScore: number;
  marginalScore: number;
  groups: GroupScore[];
  metrics: MetricJudgement[];
}
