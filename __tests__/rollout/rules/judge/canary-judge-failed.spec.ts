import { higherCanary, judgedMetric, judgeLines, judgeSettings, sameAsStable } from '../../../helpers/canary-judge.js';

describe('canary-judge-failed', () => {
  it('says nothing when the judge passed', () => {
    expect(judgeLines(judgeSettings({ metrics: [judgedMetric('latency')] }), [sameAsStable('latency')])).toEqual([]);
  });

  it('names the score, both thresholds and every failing metric with its numbers when the score is too low', () => {
    const settings = judgeSettings({ metrics: [judgedMetric('latency'), judgedMetric('errors', { 'must-have-data': true }), judgedMetric('cpu')] });
    expect(judgeLines(settings, [higherCanary('latency'), { name: 'errors', canary: [], stable: [1, 2, 3] }, sameAsStable('cpu')])).toEqual([
      'canary-judge-failed Canary judge failed: score 33.33 is below the marginal score 75 (pass 95); 2 of 3 metrics failed: latency High (canary mean 15.5, stable mean 5.5, mean ratio 2.818, shift 10 with 98% CI 6 to 14); errors NoDataFail (no canary samples).',
    ]);
  });

  it('says when half the metrics had no data', () => {
    const settings = judgeSettings({ metrics: [judgedMetric('latency'), judgedMetric('errors')] });
    expect(judgeLines(settings, [sameAsStable('latency'), { name: 'errors', canary: [1, 2, 3], stable: [] }], 'shop/web')).toEqual([
      'canary-judge-failed Canary judge of shop/web failed: 1 of 2 metrics had no data (errors NoData (no stable samples)); at half or more the score is forced to 0 (marginal 75, pass 95).',
    ]);
  });

  it('lists every critical metric that failed', () => {
    const settings = judgeSettings({
      metrics: [judgedMetric('latency', { critical: true }), judgedMetric('errors', { critical: true }), judgedMetric('cpu')],
      'marginal-score': 50,
      'pass-score': 90,
    });
    expect(judgeLines(settings, [higherCanary('latency'), higherCanary('errors'), sameAsStable('cpu')])).toEqual([
      'canary-judge-failed Canary judge failed: critical metrics latency High (canary mean 15.5, stable mean 5.5, mean ratio 2.818, shift 10 with 98% CI 6 to 14); errors High (canary mean 15.5, stable mean 5.5, mean ratio 2.818, shift 10 with 98% CI 6 to 14); the score is forced to 0 (marginal 50, pass 90).',
    ]);
  });
});
