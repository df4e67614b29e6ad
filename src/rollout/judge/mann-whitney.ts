import { averageRanks } from './stats/average-ranks.js';
import { brentRoot } from './stats/brent-root.js';
import { normalQuantile, normalUpperTail } from './stats/normal-distribution.js';
import { wilcoxonCdf, wilcoxonQuantile, wilcoxonUpperTail } from './stats/wilcoxon-distribution.js';

/** The Kayenta judge's confidence level. */
export const DEFAULT_CONFIDENCE = 0.98;
/** R's exact test applies while both samples are smaller than this (and nothing is tied). */
const EXACT_LIMIT = 50;
/** uniroot's tolerance in R's wilcox.test (tol.root). */
const ROOT_TOLERANCE = 1e-4;

/** The samples leave no confidence interval to find (R's wilcox.test stops on them too). */
export class UnboundedShiftError extends RangeError {
  override readonly name = 'UnboundedShiftError';
}

export interface MannWhitneyResult {
  /** 'exact': the permutation distribution; 'normal': the normal approximation with continuity and tie correction. */
  method: 'exact' | 'normal';
  /** W: the sum of x's ranks minus its minimum, n_x(n_x + 1)/2. */
  statistic: number;
  /** Two-sided p-value. */
  pValue: number;
  /** Hodges–Lehmann estimate of the location shift x − y. */
  estimate: number;
  /** The two-sided confidence interval of the shift, [lower, upper]. */
  confidenceInterval: [number, number];
}

/**
 * Two-sided Mann-Whitney U (Wilcoxon rank-sum) test of x against y with the shift's Hodges–Lehmann estimate and
 * confidence interval, computed as R's `wilcox.test(x, y, conf.int = TRUE, conf.level)` computes them (mu = 0,
 * correct = TRUE). Both samples must be non-empty and finite; when each is one repeated value there is no interval
 * and it throws UnboundedShiftError.
 */
export function mannWhitney(x: readonly number[], y: readonly number[], confidence = DEFAULT_CONFIDENCE): MannWhitneyResult {
  if (x.length === 0 || y.length === 0) throw new RangeError('mannWhitney needs at least one value in each sample');
  const { ranks, tieSizes } = averageRanks([...x, ...y]);
  const statistic = sumOfFirst(ranks, x.length) - (x.length * (x.length + 1)) / 2;
  const tied = tieSizes.length !== ranks.length;
  if (x.length < EXACT_LIMIT && y.length < EXACT_LIMIT && !tied) return exactTest(x, y, statistic, confidence);
  return normalTest(x, y, statistic, tieSizes, confidence);
}

function exactTest(x: readonly number[], y: readonly number[], statistic: number, confidence: number): MannWhitneyResult {
  const m = x.length;
  const n = y.length;
  const oneSided = statistic > (m * n) / 2 ? wilcoxonUpperTail(statistic - 1, m, n) : wilcoxonCdf(statistic, m, n);
  const differences = x.flatMap((xi) => y.map((yj) => xi - yj)).sort((a, b) => a - b);
  // The interval runs between the order statistics of the pairwise differences at the W quantiles (1-based
  // positions qu and m·n − qu + 1), so it holds at least the requested confidence.
  const alpha = 1 - confidence;
  const qu = Math.max(1, wilcoxonQuantile(alpha / 2, m, n));
  const ql = m * n - qu;
  return {
    method: 'exact',
    statistic,
    pValue: Math.min(2 * oneSided, 1),
    estimate: median(differences),
    confidenceInterval: [differences[qu - 1], differences[ql]],
  };
}

function normalTest(x: readonly number[], y: readonly number[], statistic: number, tieSizes: readonly number[], confidence: number): MannWhitneyResult {
  const m = x.length;
  const n = y.length;
  const centred = statistic - (m * n) / 2;
  const z = (centred - Math.sign(centred) * 0.5) / tieCorrectedSigma(m, n, tieSizes);
  const pValue = 2 * normalUpperTail(Math.abs(z));

  // The interval and estimate are the shifts d at which the standardised statistic of (x − d, y) crosses the
  // normal quantiles (the interval with R's continuity correction, the estimate without), found by R's root finder.
  const lowest = Math.min(...x) - Math.max(...y);
  const highest = Math.max(...x) - Math.min(...y);
  const corrected = (d: number): number => standardisedShift(x, y, d, true);
  const atLowest = corrected(lowest);
  const atHighest = corrected(highest);
  // R stops here too: with each sample a single value, every shift at the ends ties everything and σ is 0.
  if (Number.isNaN(atLowest) || Number.isNaN(atHighest)) throw new UnboundedShiftError('shifted onto each other, every value ties: each sample is one repeated value (to double precision)');
  const alpha = 1 - confidence;
  const crossing = (quantile: number): number => {
    const fLower = atLowest - quantile;
    if (fLower <= 0) return lowest;
    const fUpper = atHighest - quantile;
    if (fUpper >= 0) return highest;
    return brentRoot((d) => corrected(d) - quantile, { lower: lowest, upper: highest, fLower, fUpper, tolerance: ROOT_TOLERANCE });
  };
  // R takes the upper quantile from alpha/2 itself (not from 1 − alpha/2, which has lost digits).
  const quantile = halfAlphaQuantile(alpha);
  const lower = crossing(-quantile);
  const upper = crossing(quantile);
  const uncorrected = (d: number): number => standardisedShift(x, y, d, false);
  const estimate = brentRoot(uncorrected, { lower: lowest, upper: highest, fLower: uncorrected(lowest), fUpper: uncorrected(highest), tolerance: ROOT_TOLERANCE });
  return { method: 'normal', statistic, pValue, estimate, confidenceInterval: [lower, upper] };
}

/**
 * The normal quantile of alpha/2, kept per alpha: every metric judged at one confidence needs the same one, and
 * each takes dozens of Halley steps on the tail series. Computed once, not twice per metric (the canary-judge
 * simulation judges 1,600 canaries; under jest, whose sandbox makes such arithmetic slow, that was a third of it).
 */
const halfAlphaQuantiles = new Map<number, number>();

function halfAlphaQuantile(alpha: number): number {
  let quantile = halfAlphaQuantiles.get(alpha);
  if (quantile === undefined) {
    quantile = normalQuantile(alpha / 2);
    halfAlphaQuantiles.set(alpha, quantile);
  }
  return quantile;
}

/** The statistic of (x − d) against y, centred and divided by its tie-corrected standard deviation. */
function standardisedShift(x: readonly number[], y: readonly number[], d: number, continuityCorrection: boolean): number {
  const m = x.length;
  const n = y.length;
  const { ranks, tieSizes } = averageRanks([...x.map((xi) => xi - d), ...y]);
  const centred = sumOfFirst(ranks, m) - (m * (m + 1)) / 2 - (m * n) / 2;
  const correction = continuityCorrection ? Math.sign(centred) * 0.5 : 0;
  return (centred - correction) / tieCorrectedSigma(m, n, tieSizes);
}

function tieCorrectedSigma(m: number, n: number, tieSizes: readonly number[]): number {
  let ties = 0;
  for (const size of tieSizes) ties += size ** 3 - size;
  return Math.sqrt(((m * n) / 12) * (m + n + 1 - ties / ((m + n) * (m + n - 1))));
}

function sumOfFirst(values: readonly number[], count: number): number {
  let sum = 0;
  for (let index = 0; index < count; index++) sum += values[index];
  return sum;
}

function median(sorted: readonly number[]): number {
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
}
