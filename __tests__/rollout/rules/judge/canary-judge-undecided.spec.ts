import { higherCanary, judgedMetric, judgeLines, judgeSettings, sameAsStable, warmedUp } from '../../../helpers/canary-judge.js';

/** Three samples a side once the warm-up is left out: fewer than the 5 the judge needs. */
const tooFew = (name: string) => ({ name, canary: warmedUp([1, 2, 3]), stable: warmedUp([1, 2, 3, 4, 5, 6]) });

describe('canary-judge-undecided', () => {
  it('names each Undecided metric, its counts, the count needed and the range of scores it leaves open', () => {
    const settings = judgeSettings({ metrics: [judgedMetric('latency'), judgedMetric('errors'), judgedMetric('cpu')] });
    expect(judgeLines(settings, [tooFew('errors'), sameAsStable('latency'), sameAsStable('cpu')], 'shop/web')).toEqual([
      'canary-judge-undecided Canary judge of shop/web is undecided: 1 of 3 metrics had too few samples (errors Undecided (too few samples: 3 canary and 6 stable, at least 5 a side needed)); depending on them the score is between 66.67 and 100 (marginal 75, pass 95).',
    ]);
  });

  it('stays quiet when the other metrics decide either way, and the decided rule speaks instead', () => {
    const twoOfThree = judgeSettings({ metrics: [judgedMetric('latency'), judgedMetric('errors'), judgedMetric('cpu')] });
    // The Undecided metric is left out of the score (its group scores 100), as NoData is.
    expect(judgeLines(twoOfThree, [tooFew('errors'), higherCanary('latency'), higherCanary('cpu')])).toEqual([
      'canary-judge-failed Canary judge failed: score 33.33 is below the marginal score 75 (pass 95); 2 of 3 metrics failed: latency High (canary mean 15.5, stable mean 5.5, mean ratio 2.818, shift 10 with 98% CI 6 to 14); cpu High (canary mean 15.5, stable mean 5.5, mean ratio 2.818, shift 10 with 98% CI 6 to 14).',
    ]);
    const oneOfTwenty = judgeSettings({ metrics: Array.from({ length: 20 }, (_, index) => judgedMetric(`m${index}`)) });
    expect(judgeLines(oneOfTwenty, [tooFew('m0'), ...Array.from({ length: 19 }, (_, index) => sameAsStable(`m${index + 1}`))])).toEqual([]);
  });

  it('raises the count needed with min-samples', () => {
    const settings = judgeSettings({ 'min-samples': 12, metrics: [judgedMetric('latency')] });
    expect(judgeLines(settings, [sameAsStable('latency')])).toEqual([
      'canary-judge-undecided Canary judge is undecided: 1 of 1 metrics had too few samples (latency Undecided (too few samples: 10 canary and 10 stable, at least 12 a side needed)); depending on them the score is between 0 and 100 (marginal 75, pass 95).',
    ]);
  });
});
