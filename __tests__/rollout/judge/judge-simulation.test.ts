import { judgeCanary } from '../../../src/rollout/judge/judge-canary.js';
import { readCanaryJudgeSettings, type CanaryJudgeSettings } from '../../../src/rollout/judge/judge-settings.js';
import { COEFFICIENT_OF_VARIATION, OUTLIER_FACTOR, REGRESSION, SEEDS, simulatedCanary, WARM_UP_SAMPLES, type SimulatedCanary } from './simulation/canary-generator.js';

/**
 * The judge against the simulated canaries of issue 16 (generator in ./simulation, fixed before the judge was tuned).
 * The figures asserted here are the ones docs/rollout.md shows; a change to the judge that moves them must move both.
 */
function latencyJudge(extra: Record<string, unknown> = {}, metric: Record<string, unknown> = {}): CanaryJudgeSettings {
  const settings = readCanaryJudgeSettings({ ...extra, metrics: [{ name: 'latency', canary: 'canary', stable: 'stable', direction: 'increase', ...metric }] });
  if (!settings) throw new Error('settings expected');
  return settings;
}

/** Each seed's samples, generated once and judged under every setting below rather than once per setting. */
const canaries = new Map<string, SimulatedCanary>();
function canaryOf(seed: number, regressed: boolean): SimulatedCanary {
  const key = `${seed} ${regressed}`;
  let canary = canaries.get(key);
  if (canary === undefined) {
    canary = simulatedCanary(seed, regressed);
    canaries.set(key, canary);
  }
  return canary;
}

/** How many of the 200 seeds the judge fails, with and without the regression. */
function failures(settings: CanaryJudgeSettings): { regressed: number; healthy: number; undecided: number } {
  const counts = { regressed: 0, healthy: 0, undecided: 0 };
  for (const seed of SEEDS) {
    for (const regressed of [true, false]) {
      const { stable, canary } = canaryOf(seed, regressed);
      const verdict = judgeCanary([{ name: 'latency', canary, stable }], settings).verdict;
      if (verdict === 'undecided') counts.undecided++;
      if (verdict === 'fail') counts[regressed ? 'regressed' : 'healthy']++;
    }
  }
  return counts;
}

/**
 * The best any test could do on these samples: it knows the warm-up and the outliers (and drops them), that the
 * rest is lognormal, and its σ, and compares the means of the logarithms one-sided at 2% (z > 2.054).
 */
function bestPossible(regressed: boolean): number {
  const sigma = Math.sqrt(Math.log(1 + COEFFICIENT_OF_VARIATION ** 2));
  let detected = 0;
  for (const seed of SEEDS) {
    const { stable, canary } = canaryOf(seed, regressed);
    // The oracle's cleaning: the warm-up by position, the ×5 outliers as anything above 2.5 × the median.
    const clean = (values: number[]): number[] => {
      const rest = values.slice(WARM_UP_SAMPLES);
      const median = [...rest].sort((a, b) => a - b)[Math.floor(rest.length / 2)];
      return rest.filter((value) => value < (OUTLIER_FACTOR / 2) * median).map(Math.log);
    };
    const [c, s] = [clean(canary), clean(stable)];
    const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
    const z = (mean(c) - mean(s)) / (sigma * Math.sqrt(1 / c.length + 1 / s.length));
    if (z > 2.054) detected++;
  }
  return detected;
}

describe('the canary judge on simulated canaries (seeds 1–200, 60 samples a version, 20% regression)', () => {
  it('with its defaults (warm-up 2, outliers removed, min-samples 5): never cries wolf, but fails only half the regressions', () => {
    expect(failures(latencyJudge())).toEqual({ regressed: 101, healthy: 0, undecided: 0 });
  });

  it('keeping the outliers (Kayenta: outliers keep) or the warm-up costs regressions found, never false failures', () => {
    expect(failures(latencyJudge({}, { outliers: 'keep' }))).toEqual({ regressed: 90, healthy: 0, undecided: 0 });
    expect(failures(latencyJudge({ 'warm-up': 0 }))).toEqual({ regressed: 99, healthy: 0, undecided: 0 });
  });

  it("with tolerance 0 (any significant shift counts, not Kayenta's ±25% band): 77% of regressions at 1.5% false failures", () => {
    expect(failures(latencyJudge({ tolerance: 0 }))).toEqual({ regressed: 153, healthy: 3, undecided: 0 });
  });

  it('cannot reach 95% of regressions at 2% false failures: no test on these samples can (the best possible finds 86%)', () => {
    const best = { regressed: bestPossible(true), healthy: bestPossible(false) };
    expect(best).toEqual({ regressed: 171, healthy: 3 });
    expect(best.regressed / SEEDS.length).toBeLessThan(0.95);
    expect(REGRESSION).toBe(1.2);
  });
});
