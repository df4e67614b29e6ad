/**
 * The standard normal distribution to the precision the Mann-Whitney golden vectors need (R's pnorm/qnorm agree
 * to about 1e-15 relative). p-values of a large, clearly shifted canary are far in the tail, so the upper tail is
 * computed directly rather than as 1 - Φ(x), which would round to 0 long before R's value does.
 */
/** P(Z > x), accurate in the far upper tail. */
export declare function normalUpperTail(x: number): number;
/**
 * The p-quantile: a start from the logistic-like tail approximation, then Halley steps on the accurate CDF until
 * the step is below one ulp, which lands within an ulp or two of R's AS241 value.
 */
export declare function normalQuantile(p: number): number;
