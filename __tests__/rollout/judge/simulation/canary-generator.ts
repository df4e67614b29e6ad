/**
 * The simulated canaries the judge is measured against (issue 16). Fixed before the judge was tuned, and not to be
 * changed to make the judge look better: a change here invalidates the figures in docs/rollout.md.
 *
 * Per version (stable, canary) and metric: 60 samples, one per interval, of a lognormal latency with mean 100 and
 * coefficient of variation 0.3; the first 5 samples are 50% higher (warm-up after the step started); each sample is
 * independently an outlier at ×5 with probability 0.02. A regressed canary has its mean 20% higher. Seeds 1–200.
 */

export const SAMPLES_PER_VERSION = 60;
export const MEAN = 100;
export const COEFFICIENT_OF_VARIATION = 0.3;
export const WARM_UP_SAMPLES = 5;
export const WARM_UP_FACTOR = 1.5;
export const OUTLIER_PROBABILITY = 0.02;
export const OUTLIER_FACTOR = 5;
export const REGRESSION = 1.2;
export const SEEDS = Array.from({ length: 200 }, (_, index) => index + 1);

export interface SimulatedCanary {
  stable: number[];
  canary: number[];
}

/** mulberry32: a small seeded generator, so every run of the simulation sees the same samples. */
function seededUniform(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Box–Muller; 1 − u keeps the logarithm away from 0. */
function standardNormal(uniform: () => number): number {
  const u = 1 - uniform();
  const v = uniform();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function version(uniform: () => number, mean: number): number[] {
  // A lognormal with coefficient of variation c has σ² = ln(1 + c²); μ = ln(mean) − σ²/2 gives the mean asked for.
  const sigma = Math.sqrt(Math.log(1 + COEFFICIENT_OF_VARIATION ** 2));
  const mu = Math.log(mean) - (sigma * sigma) / 2;
  return Array.from({ length: SAMPLES_PER_VERSION }, (_, index) => {
    let value = Math.exp(mu + sigma * standardNormal(uniform));
    if (index < WARM_UP_SAMPLES) value *= WARM_UP_FACTOR;
    if (uniform() < OUTLIER_PROBABILITY) value *= OUTLIER_FACTOR;
    return value;
  });
}

/** The stable and canary samples of one seed, in time order; `regressed` makes the canary 20% slower. */
export function simulatedCanary(seed: number, regressed: boolean): SimulatedCanary {
  const uniform = seededUniform(seed);
  const stable = version(uniform, MEAN);
  const canary = version(uniform, regressed ? MEAN * REGRESSION : MEAN);
  return { stable, canary };
}
