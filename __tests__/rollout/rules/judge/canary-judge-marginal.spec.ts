import { higherCanary, judgedMetric, judgeLines, judgeSettings, sameAsStable } from '../../../helpers/canary-judge.js';

describe('canary-judge-marginal', () => {
  const fourMetrics = judgeSettings({ metrics: ['a', 'b', 'c', 'd'].map((name) => judgedMetric(name)) });

  it('is marginal, not failed, at exactly the marginal score, naming the score, the thresholds and the failing metric', () => {
    expect(judgeLines(fourMetrics, [higherCanary('a'), sameAsStable('b'), sameAsStable('c'), sameAsStable('d')])).toEqual([
      'canary-judge-marginal Canary judge is marginal: score 75 is below the pass score 95 but not below the marginal score 75; 1 of 4 metrics failed: a High (canary mean 15.5, stable mean 5.5, mean ratio 2.818, shift 10 with 98% CI 6 to 14).',
    ]);
  });

  it('stays quiet at a passing score, and below the marginal score (that is canary-judge-failed)', () => {
    expect(judgeLines(fourMetrics, ['a', 'b', 'c', 'd'].map(sameAsStable))).toEqual([]);
    const failed = judgeLines(fourMetrics, [higherCanary('a'), higherCanary('b'), sameAsStable('c'), sameAsStable('d')]);
    expect(failed.map((line) => line.split(' ')[0])).toEqual(['canary-judge-failed']);
  });
});
