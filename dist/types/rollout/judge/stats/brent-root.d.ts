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
export declare function brentRoot(f: (x: number) => number, search: RootSearch): number;
