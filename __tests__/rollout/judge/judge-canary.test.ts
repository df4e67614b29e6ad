import { judgeCanary } from '../../../src/rollout/judge/judge-canary.js';
import type { MetricSamples } from '../../../src/rollout/judge/judge-result.js';
import { readCanaryJudgeSettings, type CanaryJudgeSettings } from '../../../src/rollout/judge/judge-settings.js';

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, index) => from + index);
/** Samples that classify as Pass (identical), High (canary clearly above) or NoData (no canary samples). */
const pass = (name: string): MetricSamples => ({ name, canary: range(1, 10), stable: range(1, 10) });
const high = (name: string): MetricSamples => ({ name, canary: range(11, 20), stable: range(1, 10) });
const noData = (name: string): MetricSamples => ({ name, canary: [], stable: range(1, 10) });

/** Settings for metrics named m0, m1, … with the given extra keys per metric and at the top. */
function settings(count: number, extra: Record<number, Record<string, unknown>> = {}, top: Record<string, unknown> = {}): CanaryJudgeSettings {
  const metrics = range(0, count - 1).map((index) => ({ name: `m${index}`, canary: `canary_${index}`, stable: `stable_${index}`, ...extra[index] }));
  const read = readCanaryJudgeSettings({ metrics, ...top });
  if (!read) throw new Error('settings expected');
  return read;
}

describe('judgeCanary scoring', () => {
  it('scores 100 and passes when every metric passes', () => {
    const result = judgeCanary([pass('m0'), pass('m1')], settings(2));
    expect([result.verdict, result.score, result.forcedToZero]).toEqual(['pass', 100, undefined]);
    expect(result.groups).toEqual([
      { name: 'm0', score: 100, weight: 50 },
      { name: 'm1', score: 100, weight: 50 },
    ]);
  });

  it('weighs ungrouped metrics equally, with both thresholds inclusive (95 of 20 passes, 75 of 4 is marginal)', () => {
    const twenty = judgeCanary([high('m0'), ...range(1, 19).map((index) => pass(`m${index}`))], settings(20));
    expect([twenty.verdict, twenty.score]).toEqual(['pass', 95]);
    const four = judgeCanary([high('m0'), pass('m1'), pass('m2'), pass('m3')], settings(4));
    expect([four.verdict, four.score]).toEqual(['marginal', 75]);
    const three = judgeCanary([high('m0'), pass('m1'), pass('m2')], settings(3));
    expect([three.verdict, three.score]).toEqual(['fail', 66.67]);
  });

  it('scores groups as Pass / counted × 100 and sums them by weight, unlisted groups sharing the rest', () => {
    const grouped = settings(3, { 0: { group: 'latency' }, 1: { group: 'latency' }, 2: { group: 'errors' } }, { 'group-weights': { latency: 60 } });
    const result = judgeCanary([high('m0'), pass('m1'), pass('m2')], grouped);
    expect(result.groups).toEqual([
      { name: 'latency', score: 50, weight: 60 },
      { name: 'errors', score: 100, weight: 40 },
    ]);
    expect([result.verdict, result.score]).toEqual(['fail', 70]);
    const otherWay = settings(3, { 0: { group: 'latency' }, 1: { group: 'latency' }, 2: { group: 'errors' } }, { 'group-weights': { latency: 20 } });
    expect(judgeCanary([high('m0'), pass('m1'), pass('m2')], otherWay).score).toBe(90);
  });

  it('forces the score to 0 on a critical failure, whatever the other metrics say', () => {
    const result = judgeCanary([high('m0'), ...range(1, 9).map((index) => pass(`m${index}`))], settings(10, { 0: { critical: true } }));
    expect([result.verdict, result.score, result.forcedToZero]).toEqual(['fail', 0, 'critical-failure']);
    const notCritical = judgeCanary([high('m0'), ...range(1, 9).map((index) => pass(`m${index}`))], settings(10));
    expect([notCritical.verdict, notCritical.score, notCritical.forcedToZero]).toEqual(['marginal', 90, undefined]);
  });

  it('leaves NoData out of its group (an empty group scores 100) until half the metrics have none, then forces 0', () => {
    const oneOfThree = judgeCanary([pass('m0'), noData('m1'), pass('m2')], settings(3));
    expect([oneOfThree.verdict, oneOfThree.score, oneOfThree.groups[1]]).toEqual(['pass', 100, { name: 'm1', score: 100, weight: 100 / 3 }]);
    const twoOfFour = judgeCanary([pass('m0'), noData('m1'), pass('m2')], settings(4));
    expect([twoOfFour.metrics[3].classification, twoOfFour.verdict, twoOfFour.score, twoOfFour.forcedToZero]).toEqual(['NoData', 'fail', 0, 'no-data']);
  });

  it('counts NoDataFail (must-have-data) as a failure in its group', () => {
    const result = judgeCanary([pass('m0'), noData('m1'), pass('m2'), pass('m3')], settings(4, { 1: { 'must-have-data': true } }));
    expect([result.metrics[1].classification, result.verdict, result.score, result.forcedToZero]).toEqual(['NoDataFail', 'marginal', 75, undefined]);
  });

  it('uses the configured thresholds', () => {
    const strict = judgeCanary([high('m0'), pass('m1'), pass('m2'), pass('m3')], settings(4, {}, { 'pass-score': 100, 'marginal-score': 80 }));
    expect([strict.verdict, strict.passScore, strict.marginalScore]).toEqual(['fail', 100, 80]);
    const lenient = judgeCanary([high('m0'), pass('m1'), pass('m2'), pass('m3')], settings(4, {}, { 'pass-score': 75, 'marginal-score': 50 }));
    expect(lenient.verdict).toBe('pass');
  });

  it('refuses samples of a metric the settings do not have (a caller bug)', () => {
    expect(() => judgeCanary([pass('m0'), pass('other')], settings(1))).toThrow(new RangeError("judgeCanary: samples for 'other', which is not a configured metric"));
  });
});

describe('judgeCanary before the test: warm-up, outliers, too few samples', () => {
  const slowStart = (values: number[], count: number): number[] => [...Array.from({ length: count }, () => 1000), ...values];

  it('leaves out the first warm-up samples (default 2) of each side', () => {
    const samples = { name: 'm0', canary: slowStart(range(1, 10), 2), stable: range(1, 12) };
    const judged = judgeCanary([samples], settings(1)).metrics[0];
    expect([judged.classification, judged.canary, judged.stable, judged.reason]).toEqual(['Pass', { count: 10, mean: 5.5 }, { count: 10, mean: 7.5 }, 'no significant shift: shift -2 (98% CI -6 to 2) reaches into the tolerance band ±0.5']);
    const kept = judgeCanary([samples], settings(1, { 0: { outliers: 'keep' } }, { 'warm-up': 0 })).metrics[0];
    expect([kept.canary, kept.stable]).toEqual([{ count: 12, mean: 171.25 }, { count: 12, mean: 6.5 }]);
    const longer = judgeCanary([{ name: 'm0', canary: slowStart(range(1, 10), 5), stable: range(1, 15) }], settings(1, {}, { 'warm-up': 5 })).metrics[0];
    expect([longer.classification, longer.canary.count, longer.stable.count]).toEqual(['Pass', 10, 10]);
  });

  it('leaves out the warm-up of each series when a side has several', () => {
    const judged = judgeCanary([{ name: 'm0', canary: [slowStart(range(1, 5), 2), slowStart(range(6, 10), 2)], stable: [range(0, 11)] }], settings(1)).metrics[0];
    expect([judged.classification, judged.canary, judged.stable]).toEqual(['Pass', { count: 10, mean: 5.5 }, { count: 10, mean: 6.5 }]);
  });

  it("removes Kayenta's outliers (outside Q1 − 3·IQR … Q3 + 3·IQR) by default, and keeps them with outliers: keep", () => {
    const spiky = { name: 'm0', canary: [0, 0, ...range(1, 19), 500], stable: [0, 0, ...range(1, 20)] };
    const removed = judgeCanary([spiky], settings(1)).metrics[0];
    expect([removed.classification, removed.canary, removed.outliersLeftOut]).toEqual(['Pass', { count: 19, mean: 10 }, 1]);
    const kept = judgeCanary([spiky], settings(1, { 0: { outliers: 'keep' } })).metrics[0];
    expect([kept.canary, kept.outliersLeftOut]).toEqual([{ count: 20, mean: 34.5 }, undefined]);
  });

  it('is Undecided below min-samples a side, naming the counts and the number needed', () => {
    const judged = judgeCanary([{ name: 'm0', canary: [1, 2, 3, 4, 5, 6], stable: range(1, 12) }], settings(1)).metrics[0];
    expect([judged.classification, judged.reason]).toEqual(['Undecided', 'too few samples: 4 canary and 10 stable, at least 5 a side needed']);
    const raised = judgeCanary([{ name: 'm0', canary: range(1, 12), stable: range(1, 12) }], settings(1, {}, { 'min-samples': 12 })).metrics[0];
    expect(raised.reason).toBe('too few samples: 10 canary and 10 stable, at least 12 a side needed');
  });

  it('is undecided only when the Undecided metrics could change the verdict, and gives the range of scores', () => {
    const few = (name: string): MetricSamples => ({ name, canary: [1, 2, 3], stable: range(1, 12) });
    const alone = judgeCanary([few('m0')], settings(1));
    expect([alone.verdict, alone.score, alone.undecidedScores]).toEqual(['undecided', 100, [0, 100]]);
    const withHigh = judgeCanary([few('m0'), high('m1')], settings(2));
    expect([withHigh.verdict, withHigh.undecidedScores]).toEqual(['fail', [0, 50]]);
    const oneOfTwenty = judgeCanary([few('m0'), ...range(1, 19).map((index) => pass(`m${index}`))], settings(20));
    expect([oneOfTwenty.verdict, oneOfTwenty.undecidedScores]).toEqual(['pass', [95, 100]]);
    const critical = judgeCanary([few('m0'), ...range(1, 19).map((index) => pass(`m${index}`))], settings(20, { 0: { critical: true } }));
    expect([critical.verdict, critical.undecidedScores]).toEqual(['undecided', [0, 100]]);
  });
});
