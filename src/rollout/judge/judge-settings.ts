import { UsageError } from '../../core/config/usage-error.js';
import { parseDuration } from '../../core/config/duration.js';

export const JUDGE_DIRECTIONS = ['increase', 'decrease', 'either'] as const;
/** Which way a change counts against the canary: latency and errors `increase`, throughput `decrease`. */
export type JudgeDirection = (typeof JUDGE_DIRECTIONS)[number];
export const NAN_STRATEGIES = ['remove', 'replace'] as const;
/** Missing samples (NaN, ±Inf): left out, or counted as 0 (errors that did not happen). */
export type NanStrategy = (typeof NAN_STRATEGIES)[number];
export const OUTLIER_STRATEGIES = ['remove', 'keep'] as const;
/** Samples beyond Kayenta's IQR fences: left out (the default here; Kayenta's default is keep), or kept. */
export type OutlierStrategy = (typeof OUTLIER_STRATEGIES)[number];
/**
 * The fewest samples a side may have once warm-up, NaN and outliers are left out. Below 5 a side, two-sided
 * Mann-Whitney at 98% cannot find a shift even when every canary sample is above every stable one
 * (2 / C(8, 4) = 0.029 > 0.02), so a judgement there would only ever be a silent Pass.
 */
export const SMALLEST_DECIDABLE_SAMPLES = 5;

/** Bounds on the ratio of means canary/stable (Kayenta's meanRatio effect size). */
export interface EffectSizeBounds {
  /** High needs at least this ratio (1.1: at least 10% higher). */
  allowedIncrease: number;
  /** Low needs at most this ratio (0.9: at least 10% lower). */
  allowedDecrease: number;
  /** A critical metric fails the whole judgement when High with at least this ratio. */
  criticalIncrease: number;
  /** … or Low with at most this ratio. */
  criticalDecrease: number;
}

export interface JudgeMetricSettings {
  name: string;
  /** PromQL selecting the canary's series, and the stable's. */
  canary: string;
  stable: string;
  direction: JudgeDirection;
  critical: boolean;
  /** No data fails the metric (counts against the score) instead of leaving it out. */
  mustHaveData: boolean;
  /** The scoring group; a metric without one is a group of its own. */
  group: string;
  effectSize: EffectSizeBounds;
  nanStrategy: NanStrategy;
  outliers: OutlierStrategy;
  /** Kayenta's outlierFactor f: outliers lie outside Q1 − f·IQR … Q3 + f·IQR. */
  outlierFactor: number;
}

export interface CanaryJudgeSettings {
  /** How far back from the end of the wait the range queries look, and their resolution. */
  lookbackMs: number;
  stepMs: number;
  /** Samples (intervals of `step`) left out at the start of each series: the canary's warm-up after its step started. */
  warmUp: number;
  /** The fewest samples per side, after warm-up, NaN and outliers, for a metric to be decided (else Undecided). */
  minSamples: number;
  /** High/Low need the shift's interval beyond ±tolerance × |shift| (Kayenta: 0.25). */
  tolerance: number;
  passScore: number;
  marginalScore: number;
  /** Weight per group, in percent; groups not listed share what is left equally. */
  groupWeights: Record<string, number>;
  metrics: JudgeMetricSettings[];
}

const DEFAULTS = { lookback: '10m', step: '30s', warmUp: 2, minSamples: SMALLEST_DECIDABLE_SAMPLES, tolerance: 0.25, passScore: 95, marginalScore: 75, outlierFactor: 3 };
const SECTION_KEYS = ['lookback', 'step', 'warm-up', 'min-samples', 'tolerance', 'pass-score', 'marginal-score', 'group-weights', 'metrics'];
const METRIC_KEYS = ['name', 'canary', 'stable', 'direction', 'critical', 'must-have-data', 'group', 'effect-size', 'nan-strategy', 'outliers', 'outlier-factor'];
const EFFECT_SIZE_KEYS = ['allowed-increase', 'allowed-decrease', 'critical-increase', 'critical-decrease'];

/**
 * Reads the `canary-judge:` section (already parsed from YAML) into settings with every default filled in.
 * `where` names the section in messages, e.g. `.predator-guard.yml: canary-judge`. Absent → undefined.
 */
export function readCanaryJudgeSettings(value: unknown, where = 'canary-judge'): CanaryJudgeSettings | undefined {
  if (value === undefined || value === null) return undefined;
  const section = mapping(value, where, 'a mapping with a list of metrics, e.g. canary-judge: {metrics: [{name: latency, canary: …, stable: …}]}');
  refuseUnknownKeys(section, SECTION_KEYS, where);
  const lookback = section.lookback ?? DEFAULTS.lookback;
  const step = section.step ?? DEFAULTS.step;
  const lookbackMs = duration(lookback, `${where}.lookback`);
  const stepMs = duration(step, `${where}.step`);
  if (stepMs > lookbackMs) {
    throw new UsageError(`${where}.step: got ${describe(step)}, longer than the lookback ${describe(lookback)}; expected a step shorter than the lookback (e.g. step: 30s with lookback: 10m gives 20 samples).`);
  }
  const warmUp = count(section['warm-up'] ?? DEFAULTS.warmUp, `${where}.warm-up`, 0, 'a number of intervals (of step) to leave out at the start of the window, e.g. warm-up: 2');
  if (warmUp * stepMs >= lookbackMs) {
    throw new UsageError(`${where}.warm-up: ${warmUp} intervals of ${describe(step)} leave nothing of the lookback ${describe(lookback)}; expected fewer intervals, or a longer lookback.`);
  }
  const minSamples = count(section['min-samples'] ?? DEFAULTS.minSamples, `${where}.min-samples`, SMALLEST_DECIDABLE_SAMPLES, `a whole number of samples per side, at least ${SMALLEST_DECIDABLE_SAMPLES} (fewer can never show a shift at 98% confidence)`);
  const tolerance = ratio(section.tolerance ?? DEFAULTS.tolerance, `${where}.tolerance`, "a fraction of the shift from 0 to 1 that its interval must clear (Kayenta's 0.25; 0 counts any significant shift)", (r) => r >= 0 && r <= 1);
  const passScore = score(section['pass-score'] ?? DEFAULTS.passScore, `${where}.pass-score`);
  const marginalScore = score(section['marginal-score'] ?? DEFAULTS.marginalScore, `${where}.marginal-score`);
  if (marginalScore > passScore) {
    throw new UsageError(`${where}.marginal-score: got ${marginalScore}, above pass-score ${passScore}; expected marginal-score ≤ pass-score (Kayenta's usual pair is 75 and 95).`);
  }
  const metrics = metricList(section.metrics, `${where}.metrics`);
  const groupWeights = weights(section['group-weights'], `${where}.group-weights`, metrics);
  return { lookbackMs, stepMs, warmUp, minSamples, tolerance, passScore, marginalScore, groupWeights, metrics };
}

function metricList(value: unknown, where: string): JudgeMetricSettings[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new UsageError(`${where}: got ${describe(value)}; expected a non-empty list of metrics, each with name, canary and stable (PromQL).`);
  }
  const metrics = value.map((entry, index) => metric(entry, `${where}.${index}`));
  const seen = new Set<string>();
  metrics.forEach((entry, index) => {
    if (seen.has(entry.name)) throw new UsageError(`${where}.${index}.name: '${entry.name}' is used by an earlier metric; expected each metric name once.`);
    seen.add(entry.name);
  });
  return metrics;
}

function metric(value: unknown, where: string): JudgeMetricSettings {
  const entry = mapping(value, where, 'a mapping with name, canary and stable');
  refuseUnknownKeys(entry, METRIC_KEYS, where);
  const name = text(entry.name, `${where}.name`, 'a metric name such as latency-p99');
  const effectSize = effectSizeBounds(entry['effect-size'], `${where}.effect-size`);
  return {
    name,
    canary: text(entry.canary, `${where}.canary`, "a PromQL query of the canary's series"),
    stable: text(entry.stable, `${where}.stable`, "a PromQL query of the stable's series"),
    direction: oneOf(entry.direction ?? 'either', JUDGE_DIRECTIONS, `${where}.direction`),
    critical: flag(entry.critical ?? false, `${where}.critical`),
    mustHaveData: flag(entry['must-have-data'] ?? false, `${where}.must-have-data`),
    group: entry.group === undefined ? name : text(entry.group, `${where}.group`, 'a group name'),
    effectSize,
    nanStrategy: oneOf(entry['nan-strategy'] ?? 'remove', NAN_STRATEGIES, `${where}.nan-strategy`),
    outliers: oneOf(entry.outliers ?? 'remove', OUTLIER_STRATEGIES, `${where}.outliers`),
    outlierFactor: ratio(entry['outlier-factor'] ?? DEFAULTS.outlierFactor, `${where}.outlier-factor`, 'a factor of the interquartile range greater than 0 (Kayenta uses 3)', (r) => r > 0),
  };
}

function effectSizeBounds(value: unknown, where: string): EffectSizeBounds {
  const bounds = value === undefined ? {} : mapping(value, where, 'a mapping of allowed-increase, allowed-decrease, critical-increase, critical-decrease');
  refuseUnknownKeys(bounds, EFFECT_SIZE_KEYS, where);
  const allowedIncrease = ratio(bounds['allowed-increase'] ?? 1, `${where}.allowed-increase`, 'a ratio ≥ 1 (1.1 allows the canary to be 10% higher)', (r) => r >= 1);
  const allowedDecrease = ratio(bounds['allowed-decrease'] ?? 1, `${where}.allowed-decrease`, 'a ratio between 0 and 1 (0.9 allows the canary to be 10% lower)', (r) => r > 0 && r <= 1);
  // Unset critical bounds equal the allowed ones: a critical metric then fails the judgement on any High or Low.
  const criticalIncrease = ratio(bounds['critical-increase'] ?? allowedIncrease, `${where}.critical-increase`, `a ratio ≥ allowed-increase (${allowedIncrease})`, (r) => r >= allowedIncrease);
  const criticalDecrease = ratio(bounds['critical-decrease'] ?? allowedDecrease, `${where}.critical-decrease`, `a ratio between 0 and allowed-decrease (${allowedDecrease})`, (r) => r > 0 && r <= allowedDecrease);
  return { allowedIncrease, allowedDecrease, criticalIncrease, criticalDecrease };
}

/** Kayenta's rule: listed groups take their weight, the others share 100 minus the listed total equally. */
function weights(value: unknown, where: string, metrics: readonly JudgeMetricSettings[]): Record<string, number> {
  if (value === undefined) return {};
  const given = mapping(value, where, 'a mapping of group name to weight in percent, e.g. {latency: 60, errors: 40}');
  const groups = [...new Set(metrics.map((entry) => entry.group))];
  let total = 0;
  for (const [group, weight] of Object.entries(given)) {
    if (!groups.includes(group)) throw new UsageError(`${where}.${group}: no metric is in group '${group}'; expected one of ${groups.join(', ')} (a metric's group, or its name when it has none).`);
    if (typeof weight !== 'number' || !(weight > 0)) throw new UsageError(`${where}.${group}: got ${describe(weight)}; expected a weight in percent greater than 0.`);
    total += weight;
  }
  const unweighted = groups.filter((group) => !(group in given));
  if (unweighted.length === 0 && Math.abs(total - 100) > 1e-9) {
    throw new UsageError(`${where}: the weights add up to ${total}; expected 100 when every group has a weight (groups: ${groups.join(', ')}).`);
  }
  if (unweighted.length > 0 && total >= 100) {
    throw new UsageError(`${where}: the weights add up to ${total}, leaving nothing for ${unweighted.join(', ')}; expected less than 100, or a weight for every group adding up to 100.`);
  }
  return given as Record<string, number>;
}

function mapping(value: unknown, where: string, expected: string): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  throw new UsageError(`${where}: got ${describe(value)}; expected ${expected}.`);
}

function refuseUnknownKeys(value: Record<string, unknown>, allowed: readonly string[], where: string): void {
  const unknown = Object.keys(value).find((key) => !allowed.includes(key));
  if (unknown !== undefined) throw new UsageError(`${where}: unknown key '${unknown}'. Allowed: ${allowed.join(', ')}.`);
}

function text(value: unknown, where: string, expected: string): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  throw new UsageError(`${where}: got ${describe(value)}; expected ${expected}.`);
}

function flag(value: unknown, where: string): boolean {
  if (typeof value === 'boolean') return value;
  throw new UsageError(`${where}: got ${describe(value)}; expected true or false.`);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], where: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${where}: got ${describe(value)}; expected one of ${allowed.join(', ')}.`);
}

function duration(value: unknown, where: string): number {
  const ms = typeof value === 'string' ? parseDuration(value) : undefined;
  if (ms !== undefined && ms > 0) return ms;
  throw new UsageError(`${where}: got ${describe(value)}; expected a Go-style duration such as 30s, 10m or 1h30m.`);
}

function count(value: unknown, where: string, smallest: number, expected: string): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= smallest) return value;
  throw new UsageError(`${where}: got ${describe(value)}; expected ${expected}.`);
}

function score(value: unknown, where: string): number {
  if (typeof value === 'number' && value >= 0 && value <= 100) return value;
  throw new UsageError(`${where}: got ${describe(value)}; expected a score from 0 to 100.`);
}

function ratio(value: unknown, where: string, expected: string, valid: (r: number) => boolean): number {
  if (typeof value === 'number' && Number.isFinite(value) && valid(value)) return value;
  throw new UsageError(`${where}: got ${describe(value)}; expected ${expected}.`);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}
