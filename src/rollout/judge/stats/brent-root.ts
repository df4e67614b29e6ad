/**
 * Brent's root finder as R's uniroot() runs it (zeroin with f already known at both ends). R's asymptotic
 * Wilcoxon confidence interval is the root of a step function found with tol = 1e-4, so the answer depends on the
 * exact sequence of steps: matching R means taking the same steps, not just finding some root.
 */
export interface RootSearch {
  lower: number;
  upper: number;
  /** f(lower) and f(upper), of opposite signs (or one of them 0). */
  fLower: number;
  fUpper: number;
  tolerance: number;
  maxIterations?: number;
}

const DEFAULT_MAX_ITERATIONS = 1000;

export function brentRoot(f: (x: number) => number, search: RootSearch): number {
  let a = search.lower;
  let b = search.upper;
  let fa = search.fLower;
  let fb = search.fUpper;
  let c = a;
  let fc = fa;
  if (fa === 0) return a;
  if (fb === 0) return b;
  const tolerance = search.tolerance;
  for (let remaining = (search.maxIterations ?? DEFAULT_MAX_ITERATIONS) + 1; remaining > 0; remaining--) {
    const previousStep = b - a;
    // Keep b the best guess: the end with the smaller |f|.
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const actualTolerance = 2 * Number.EPSILON * Math.abs(b) + tolerance / 2;
    let step = (c - b) / 2;
    if (Math.abs(step) <= actualTolerance || fb === 0) return b;
    if (Math.abs(previousStep) >= actualTolerance && Math.abs(fa) > Math.abs(fb)) {
      const cb = c - b;
      let p: number;
      let q: number;
      if (a === c) {
        // Two points: the secant step.
        const t1 = fb / fa;
        p = cb * t1;
        q = 1 - t1;
      } else {
        // Three points: inverse quadratic interpolation.
        q = fa / fc;
        const t1 = fb / fc;
        const t2 = fb / fa;
        p = t2 * (cb * q * (q - t1) - (b - a) * (t1 - 1));
        q = (q - 1) * (t1 - 1) * (t2 - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      // Accept the interpolation only when it stays inside the bracket and shrinks faster than bisection would.
      if (p < 0.75 * cb * q - Math.abs(actualTolerance * q) / 2 && p < Math.abs((previousStep * q) / 2)) step = p / q;
    }
    if (Math.abs(step) < actualTolerance) step = step > 0 ? actualTolerance : -actualTolerance;
    a = b;
    fa = fb;
    b += step;
    fb = f(b);
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
    }
  }
  return b;
}
