import { classifyMetric } from '../../../src/rollout/judge/classify-metric.js';
import type { JudgeMetricSettings } from '../../../src/rollout/judge/judge-settings.js';

/** A metric with every default of the config; each test changes what it is about. */
function metric(change: Partial<JudgeMetricSettings> = {}, effectSize: Partial<JudgeMetricSettings['effectSize']> = {}): JudgeMetricSettings {
  return {
    name: 'latency',
    canary: 'canary_query',
    stable: 'stable_query',
    direction: 'either',
    critical: false,
    mustHaveData: false,
    group: 'latency',
    nanStrategy: 'remove',
    outliers: 'keep',
    outlierFactor: 3,
    ...change,
    effectSize: { allowedIncrease: 1, allowedDecrease: 1, criticalIncrease: 1, criticalDecrease: 1, ...effectSize },
  };
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, index) => from + index);
const ONE_TO_TEN = range(1, 10);

// The statistics below are R's: wilcox.test(11:20, 1:10, conf.int = TRUE, conf.level = 0.98) gives the exact test,
// p = 1.082508822446903e-05, estimate 10, interval [6, 14]; (1:10) + 0.5 against 1:10 gives estimate 0.5, [-3.5, 4.5].
describe('classifyMetric: the Mann-Whitney classification', () => {
  it('is High when the interval clears the band upwards and the mean ratio reaches the allowed increase', () => {
    const result = classifyMetric({ name: 'latency', canary: range(11, 20), stable: ONE_TO_TEN }, metric({}, { allowedIncrease: 1.1 }));
    expect(result).toEqual({
      name: 'latency',
      group: 'latency',
      critical: false,
      classification: 'High',
      criticalFailure: false,
      reason: 'canary higher: shift 10 (98% CI 6 to 14) beyond the tolerance band ±2.5, mean ratio 2.818 ≥ allowed increase 1.1',
      canary: { count: 10, mean: 15.5 },
      stable: { count: 10, mean: 5.5 },
      meanRatio: 15.5 / 5.5,
      test: { method: 'exact', pValue: expect.closeTo(1.082508822446903e-5, 15), estimate: 10, confidenceInterval: [6, 14], toleranceBand: 2.5 },
    });
  });

  it('is Low when the interval clears the band downwards and the ratio (15.5 / 25.5) is at most the allowed decrease', () => {
    const result = classifyMetric({ name: 'latency', canary: range(11, 20), stable: range(21, 30) }, metric({}, { allowedDecrease: 0.9 }));
    expect([result.classification, result.reason]).toEqual(['Low', 'canary lower: shift -10 (98% CI -14 to -6) beyond the tolerance band ±2.5, mean ratio 0.6078 ≤ allowed decrease 0.9']);
  });

  it('passes a significant shift against the metric direction, and flags it when the direction allows it', () => {
    const samples = { name: 'throughput', canary: range(11, 20), stable: range(21, 30) };
    expect(classifyMetric(samples, metric({ direction: 'increase' })).reason).toBe('canary lower, shift -10 (98% CI -14 to -6), but direction is increase');
    expect(classifyMetric(samples, metric({ direction: 'increase' })).classification).toBe('Pass');
    expect(classifyMetric(samples, metric({ direction: 'decrease' })).classification).toBe('Low');
  });

  it('passes a significant shift whose mean ratio stays within the allowed increase, and not one beyond it', () => {
    const samples = { name: 'latency', canary: range(110, 119), stable: range(100, 109) };
    const within = classifyMetric(samples, metric({}, { allowedIncrease: 1.1 }));
    expect([within.classification, within.reason]).toEqual(['Pass', 'canary higher, shift 10 (98% CI 6 to 14) beyond the tolerance band ±2.5, but mean ratio 1.096 is within the allowed increase 1.1']);
    expect(classifyMetric(samples, metric({}, { allowedIncrease: 1.09 })).classification).toBe('High');
  });

  it('passes when the interval reaches into the tolerance band', () => {
    const result = classifyMetric({ name: 'latency', canary: ONE_TO_TEN.map((value) => value + 0.5), stable: ONE_TO_TEN }, metric());
    expect([result.classification, result.reason]).toEqual(['Pass', 'no significant shift: shift 0.5 (98% CI -3.5 to 4.5) reaches into the tolerance band ±0.125']);
  });

  it('lets the test alone decide when a zero mean leaves the ratio undefined (R: estimate 5.5, interval ≈ [3, 8])', () => {
    const result = classifyMetric({ name: 'errors', canary: ONE_TO_TEN, stable: new Array<number>(10).fill(0) }, metric({ direction: 'increase' }, { allowedIncrease: 1.5 }));
    expect(result.meanRatio).toBeUndefined();
    expect(result.test?.method).toBe('normal');
    expect([result.classification, result.reason]).toEqual(['High', 'canary higher: shift 5.5 (98% CI 3 to 8) beyond the tolerance band ±1.375, mean ratio undefined (a mean is 0)']);
  });
});

describe('classifyMetric: data checks before the test', () => {
  it('is NoData without samples on a side, NoDataFail when the metric must have data, and a critical failure when critical', () => {
    const samples = { name: 'latency', canary: [Number.NaN, Number.POSITIVE_INFINITY], stable: ONE_TO_TEN };
    expect(classifyMetric(samples, metric())).toEqual({
      name: 'latency',
      group: 'latency',
      critical: false,
      classification: 'NoData',
      criticalFailure: false,
      reason: 'no canary samples',
      canary: { count: 0 },
      stable: { count: 10, mean: 5.5 },
    });
    expect(classifyMetric(samples, metric({ mustHaveData: true })).classification).toBe('NoDataFail');
    const critical = classifyMetric(samples, metric({ mustHaveData: true, critical: true }));
    expect([critical.classification, critical.criticalFailure]).toEqual(['NoData', true]);
    expect(classifyMetric({ name: 'latency', canary: [], stable: [] }, metric()).reason).toBe('no canary or stable samples');
  });

  it('counts missing points as 0 with nan-strategy replace, so no errors on either side passes as identical', () => {
    const samples = { name: 'errors', canary: [Number.NaN, Number.NaN, Number.NaN], stable: [Number.NaN, Number.NaN, Number.NaN] };
    expect(classifyMetric(samples, metric({ nanStrategy: 'remove' })).classification).toBe('NoData');
    const replaced = classifyMetric(samples, metric({ nanStrategy: 'replace' }));
    expect([replaced.classification, replaced.reason, replaced.canary, replaced.meanRatio]).toEqual(['Pass', 'canary and stable samples are identical', { count: 3, mean: 0 }, 1]);
  });

  it('passes identical samples in any order, and a single value everywhere, without a test', () => {
    const identical = classifyMetric({ name: 'latency', canary: [3, 1, 2], stable: [1, 2, 3] }, metric());
    expect([identical.classification, identical.reason, identical.test]).toEqual(['Pass', 'canary and stable samples are identical', undefined]);
    const flat = classifyMetric({ name: 'latency', canary: [5, 5], stable: [5, 5, 5] }, metric());
    expect([flat.classification, flat.reason, flat.meanRatio]).toEqual(['Pass', 'every sample is 5', 1]);
  });

  it('takes two different constants as an exact shift with no p-value', () => {
    const result = classifyMetric({ name: 'errors', canary: [0.2, 0.2, 0.2], stable: [0.1, 0.1, 0.1, 0.1] }, metric());
    expect(result.test).toEqual({ method: 'constant', estimate: 0.1, confidenceInterval: [0.1, 0.1], toleranceBand: 0.025 });
    expect([result.classification, result.reason]).toEqual(['High', 'canary higher: shift 0.1 (98% CI 0.1 to 0.1) beyond the tolerance band ±0.025, mean ratio 2 ≥ allowed increase 1']);
  });
});

describe('classifyMetric: no test possible', () => {
  it('is Error (left out of the score, a critical failure when critical) when the samples tie everywhere once shifted', () => {
    const samples = { name: 'errors', canary: [0, -5e-324], stable: [2, 2] };
    const result = classifyMetric(samples, metric());
    expect([result.classification, result.criticalFailure, result.reason]).toEqual(['Error', false, 'no test possible: shifted onto each other, every value ties: each sample is one repeated value (to double precision)']);
    expect(classifyMetric(samples, metric({ critical: true })).criticalFailure).toBe(true);
    expect(classifyMetric({ ...samples, canary: [0, -0.5] }, metric()).classification).toBe('Low');
  });
});

describe('classifyMetric: critical metrics', () => {
  const samples = { name: 'errors', canary: range(11, 20), stable: ONE_TO_TEN };

  it('fails the judgement when High reaches critical-increase (the allowed increase by default), not below it', () => {
    expect(classifyMetric(samples, metric({ critical: true })).criticalFailure).toBe(true);
    const tolerant = classifyMetric(samples, metric({ critical: true }, { criticalIncrease: 5 }));
    expect([tolerant.classification, tolerant.criticalFailure]).toEqual(['High', false]);
    expect(classifyMetric(samples, metric({ critical: false })).criticalFailure).toBe(false);
  });

  it('never fails the judgement on a Pass', () => {
    const result = classifyMetric({ name: 'errors', canary: ONE_TO_TEN, stable: ONE_TO_TEN.map((value) => value + 0.5) }, metric({ critical: true }));
    expect([result.classification, result.criticalFailure]).toEqual(['Pass', false]);
  });
});
