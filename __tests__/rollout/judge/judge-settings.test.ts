import { UsageError } from '../../../src/core/config/usage-error.js';
import { validateConfigDocument } from '../../../src/core/config/validate.js';
import { readCanaryJudgeSettings } from '../../../src/rollout/judge/judge-settings.js';

const latency = { name: 'latency', canary: 'histogram_quantile(0.99, rate(http_seconds_bucket{track="canary"}[1m]))', stable: 'histogram_quantile(0.99, rate(http_seconds_bucket{track="stable"}[1m]))' };

function problem(value: unknown, where?: string): string {
  try {
    readCanaryJudgeSettings(value, where);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('readCanaryJudgeSettings', () => {
  it('is undefined without a section, and fills every default around one metric', () => {
    expect(readCanaryJudgeSettings(undefined)).toBeUndefined();
    expect(readCanaryJudgeSettings({ metrics: [latency] })).toEqual({
      lookbackMs: 600_000,
      stepMs: 30_000,
      warmUp: 2,
      minSamples: 5,
      tolerance: 0.25,
      passScore: 95,
      marginalScore: 75,
      groupWeights: {},
      metrics: [
        {
          ...latency,
          direction: 'either',
          critical: false,
          mustHaveData: false,
          group: 'latency',
          nanStrategy: 'remove',
          outliers: 'remove',
          outlierFactor: 3,
          effectSize: { allowedIncrease: 1, allowedDecrease: 1, criticalIncrease: 1, criticalDecrease: 1 },
        },
      ],
    });
  });

  it('reads every key, critical bounds defaulting to the allowed ones', () => {
    const settings = readCanaryJudgeSettings({
      lookback: '5m',
      step: '15s',
      'warm-up': 4,
      'min-samples': 12,
      tolerance: 0,
      'pass-score': 90,
      'marginal-score': 50,
      'group-weights': { slo: 70 },
      metrics: [
        { ...latency, direction: 'increase', critical: true, 'must-have-data': true, group: 'slo', 'nan-strategy': 'replace', outliers: 'keep', 'outlier-factor': 1.5, 'effect-size': { 'allowed-increase': 1.1, 'allowed-decrease': 0.9 } },
        { name: 'errors', canary: 'a', stable: 'b', 'effect-size': { 'critical-increase': 2 } },
      ],
    });
    expect(settings).toMatchObject({ lookbackMs: 300_000, stepMs: 15_000, warmUp: 4, minSamples: 12, tolerance: 0, passScore: 90, marginalScore: 50, groupWeights: { slo: 70 } });
    expect(settings?.metrics.map((metric) => [metric.direction, metric.critical, metric.mustHaveData, metric.group, metric.nanStrategy, metric.outliers, metric.outlierFactor, metric.effectSize])).toEqual([
      ['increase', true, true, 'slo', 'replace', 'keep', 1.5, { allowedIncrease: 1.1, allowedDecrease: 0.9, criticalIncrease: 1.1, criticalDecrease: 0.9 }],
      ['either', false, false, 'errors', 'remove', 'remove', 3, { allowedIncrease: 1, allowedDecrease: 1, criticalIncrease: 2, criticalDecrease: 1 }],
    ]);
  });

  it.each([
    ['a list', [latency], 'canary-judge: got a list; expected a mapping with a list of metrics, e.g. canary-judge: {metrics: [{name: latency, canary: …, stable: …}]}.'],
    ['an unknown key', { metrics: [latency], threshold: 3 }, "canary-judge: unknown key 'threshold'. Allowed: lookback, step, warm-up, min-samples, tolerance, pass-score, marginal-score, group-weights, metrics."],
    ['a warm-up as a duration', { 'warm-up': '1m', metrics: [latency] }, 'canary-judge.warm-up: got "1m"; expected a number of intervals (of step) to leave out at the start of the window, e.g. warm-up: 2.'],
    ['a warm-up as long as the lookback', { lookback: '1m', step: '30s', metrics: [latency] }, 'canary-judge.warm-up: 2 intervals of "30s" leave nothing of the lookback "1m"; expected fewer intervals, or a longer lookback.'],
    ['min-samples below 5', { 'min-samples': 4, metrics: [latency] }, 'canary-judge.min-samples: got 4; expected a whole number of samples per side, at least 5 (fewer can never show a shift at 98% confidence).'],
    ['a tolerance above 1', { tolerance: 1.5, metrics: [latency] }, "canary-judge.tolerance: got 1.5; expected a fraction of the shift from 0 to 1 that its interval must clear (Kayenta's 0.25; 0 counts any significant shift)."],
    ['an unknown outlier strategy', { metrics: [{ ...latency, outliers: 'clip' }] }, 'canary-judge.metrics.0.outliers: got "clip"; expected one of remove, keep.'],
    ['an outlier factor of 0', { metrics: [{ ...latency, 'outlier-factor': 0 }] }, 'canary-judge.metrics.0.outlier-factor: got 0; expected a factor of the interquartile range greater than 0 (Kayenta uses 3).'],
    ['no metrics', { metrics: [] }, 'canary-judge.metrics: got an empty list; expected a non-empty list of metrics, each with name, canary and stable (PromQL).'],
    ['a bad duration', { lookback: '10 minutes', metrics: [latency] }, 'canary-judge.lookback: got "10 minutes"; expected a Go-style duration such as 30s, 10m or 1h30m.'],
    ['a step longer than the lookback', { lookback: '1m', step: '2m', metrics: [latency] }, 'canary-judge.step: got "2m", longer than the lookback "1m"; expected a step shorter than the lookback (e.g. step: 30s with lookback: 10m gives 20 samples).'],
    ['a score above 100', { 'pass-score': 120, metrics: [latency] }, 'canary-judge.pass-score: got 120; expected a score from 0 to 100.'],
    ['marginal above pass', { 'pass-score': 70, metrics: [latency] }, "canary-judge.marginal-score: got 75, above pass-score 70; expected marginal-score ≤ pass-score (Kayenta's usual pair is 75 and 95)."],
    ['a metric without stable', { metrics: [{ name: 'latency', canary: 'q' }] }, "canary-judge.metrics.0.stable: got nothing; expected a PromQL query of the stable's series."],
    ['an unknown direction', { metrics: [{ ...latency, direction: 'up' }] }, 'canary-judge.metrics.0.direction: got "up"; expected one of increase, decrease, either.'],
    ['an unknown nan-strategy', { metrics: [{ ...latency, 'nan-strategy': 'zero' }] }, 'canary-judge.metrics.0.nan-strategy: got "zero"; expected one of remove, replace.'],
    ['critical as text', { metrics: [{ ...latency, critical: 'yes' }] }, 'canary-judge.metrics.0.critical: got "yes"; expected true or false.'],
    ['a duplicate name', { metrics: [latency, latency] }, "canary-judge.metrics.1.name: 'latency' is used by an earlier metric; expected each metric name once."],
    ['an allowed increase below 1', { metrics: [{ ...latency, 'effect-size': { 'allowed-increase': 0.9 } }] }, 'canary-judge.metrics.0.effect-size.allowed-increase: got 0.9; expected a ratio ≥ 1 (1.1 allows the canary to be 10% higher).'],
    ['an allowed decrease above 1', { metrics: [{ ...latency, 'effect-size': { 'allowed-decrease': 1.2 } }] }, 'canary-judge.metrics.0.effect-size.allowed-decrease: got 1.2; expected a ratio between 0 and 1 (0.9 allows the canary to be 10% lower).'],
    ['a critical increase below the allowed one', { metrics: [{ ...latency, 'effect-size': { 'allowed-increase': 1.5, 'critical-increase': 1.2 } }] }, 'canary-judge.metrics.0.effect-size.critical-increase: got 1.2; expected a ratio ≥ allowed-increase (1.5).'],
    ['an unknown effect-size key', { metrics: [{ ...latency, 'effect-size': { measure: 'cles' } }] }, "canary-judge.metrics.0.effect-size: unknown key 'measure'. Allowed: allowed-increase, allowed-decrease, critical-increase, critical-decrease."],
    ['a weight for no group', { 'group-weights': { errors: 50 }, metrics: [latency] }, "canary-judge.group-weights.errors: no metric is in group 'errors'; expected one of latency (a metric's group, or its name when it has none)."],
    ['weights that do not add up to 100', { 'group-weights': { latency: 80 }, metrics: [latency] }, 'canary-judge.group-weights: the weights add up to 80; expected 100 when every group has a weight (groups: latency).'],
    ['weights leaving nothing', { 'group-weights': { latency: 100 }, metrics: [latency, { ...latency, name: 'errors' }] }, 'canary-judge.group-weights: the weights add up to 100, leaving nothing for errors; expected less than 100, or a weight for every group adding up to 100.'],
  ])('refuses %s, naming the key and the expected form', (_case, value, message) => {
    expect(problem(value)).toBe(message);
  });

  it('names where the section came from', () => {
    expect(problem({ metrics: [{ ...latency, direction: 'up' }] }, '.predator-guard.yml: canary-judge')).toBe('.predator-guard.yml: canary-judge.metrics.0.direction: got "up"; expected one of increase, decrease, either.');
  });
});

describe('the canary-judge section in the config file schema', () => {
  const file = ['canary-judge:', '  metrics:', '    - name: latency', '      canary: a', '      stable: b'];

  it('accepts a valid section as is', () => {
    expect(validateConfigDocument(file.join('\n'), '.predator-guard.yml')).toEqual({ 'canary-judge': { metrics: [{ name: 'latency', canary: 'a', stable: 'b' }] } });
  });

  it('reports a bad value with its line before the judge reads it', () => {
    const text = [...file, '      direction: up', '      effect-size: {allowed-increase: 0}'].join('\n');
    expect(() => validateConfigDocument(text, '.predator-guard.yml')).toThrow(
      new UsageError(
        'Invalid config:\n' +
          '  .predator-guard.yml:6: canary-judge.metrics.0.direction: got "up"; expected one of increase, decrease, either.\n' +
          '  .predator-guard.yml:7: canary-judge.metrics.0.effect-size.allowed-increase: got 0; expected a number ≥ 1.',
      ),
    );
  });
});
