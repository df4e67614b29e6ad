/**
 * The exact null distribution of the Mann-Whitney statistic W (R's dwilcox/pwilcox/qwilcox): the number of ways
 * the first sample's m ranks among m + n can sum to each value. Counts are doubles, as in R: for m, n < 50 they
 * exceed 2^53 but keep 15 significant digits, far more than a p-value needs.
 */
/** counts[w] = number of rank arrangements with statistic w, for w = 0 … m·n. */
export declare function wilcoxonCounts(m: number, n: number): Float64Array;
/** P(W ≤ q), summed from the nearer tail as R does so the small tail keeps its precision. */
export declare function wilcoxonCdf(q: number, m: number, n: number): number;
/** P(W > q). */
export declare function wilcoxonUpperTail(q: number, m: number, n: number): number;
/** The smallest w with P(W ≤ w) ≥ p, for p ≤ 1/2 (all the two-sided interval needs), with R's tolerance of 10 ε. */
export declare function wilcoxonQuantile(p: number, m: number, n: number): number;
