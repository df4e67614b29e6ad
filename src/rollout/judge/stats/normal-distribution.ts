/**
 * The standard normal distribution to the precision the Mann-Whitney golden vectors need (R's pnorm/qnorm agree
 * to about 1e-15 relative). p-values of a large, clearly shifted canary are far in the tail, so the upper tail is
 * computed directly rather than as 1 - Φ(x), which would round to 0 long before R's value does.
 */

const SQRT_2PI = Math.sqrt(2 * Math.PI);
/** Below this the power series converges quickly; above it the continued fraction does. */
const SERIES_LIMIT = 3;
const CONTINUED_FRACTION_TERMS = 300;

function density(x: number): number {
  return Math.exp(-0.5 * x * x) / SQRT_2PI;
}

/** P(Z > x) for x ≥ 0. */
function upperTailOfPositive(x: number): number {
  if (x < SERIES_LIMIT) {
    // Φ(x) - 1/2 = φ(x) · (x + x³/3 + x⁵/(3·5) + …), all terms positive, so no cancellation inside the sum.
    let term = x;
    let sum = x;
    for (let k = 1; Math.abs(term) > Math.abs(sum) * Number.EPSILON; k++) {
      term *= (x * x) / (2 * k + 1);
      sum += term;
    }
    return 0.5 - density(x) * sum;
  }
  // Laplace's continued fraction for the Mills ratio, evaluated from the tail backwards: x + 1/(x + 2/(x + 3/…)).
  let fraction = x;
  for (let k = CONTINUED_FRACTION_TERMS; k >= 1; k--) fraction = x + k / fraction;
  return density(x) / fraction;
}

/** P(Z > x), accurate in the far upper tail. */
export function normalUpperTail(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  return x >= 0 ? upperTailOfPositive(x) : 1 - upperTailOfPositive(-x);
}

/**
 * The p-quantile: a start from the logistic-like tail approximation, then Halley steps on the accurate CDF until
 * the step is below one ulp, which lands within an ulp or two of R's AS241 value.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) {
    if (p === 0) return Number.NEGATIVE_INFINITY;
    if (p === 1) return Number.POSITIVE_INFINITY;
    return Number.NaN;
  }
  if (p === 0.5) return 0;
  if (p > 0.5) return -normalQuantile(1 - p);
  // p ≤ 1/2: work with the lower tail P(Z ≤ x) = P(Z > -x), which upperTailOfPositive gives without cancellation.
  const t = Math.sqrt(-2 * Math.log(p));
  let x = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t));
  for (let iteration = 0; iteration < 50; iteration++) {
    const error = upperTailOfPositive(-x) - p;
    const slope = density(x);
    const newton = error / slope;
    const step = newton / (1 + (x * newton) / 2);
    x -= step;
    if (Math.abs(step) <= Math.abs(x) * Number.EPSILON) break;
  }
  return x;
}
