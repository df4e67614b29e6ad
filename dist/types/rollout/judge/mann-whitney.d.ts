/** The Kayenta judge's confidence level. */
export declare const DEFAULT_CONFIDENCE = 0.98;
/** The samples leave no confidence interval to find (R's wilcox.test stops on them too). */
export declare class UnboundedShiftError extends RangeError {
    readonly name = "UnboundedShiftError";
}
export interface MannWhitneyResult {
    /** 'exact': the permutation distribution; 'normal': the normal approximation with continuity and tie correction. */
    method: 'exact' | 'normal';
    /** W: the sum of x's ranks minus its minimum, n_x(n_x + 1)/2. */
    statistic: number;
    /** Two-sided p-value. */
    pValue: number;
    /** Hodges–Lehmann estimate of the location shift x − y. */
    estimate: number;
    /** The two-sided confidence interval of the shift, [lower, upper]. */
    confidenceInterval: [number, number];
}
/**
 * Two-sided Mann-Whitney U (Wilcoxon rank-sum) test of x against y with the shift's Hodges–Lehmann estimate and
 * confidence interval, computed as R's `wilcox.test(x, y, conf.int = TRUE, conf.level)` computes them (mu = 0,
 * correct = TRUE). Both samples must be non-empty and finite; when each is one repeated value there is no interval
 * and it throws UnboundedShiftError.
 */
export declare function mannWhitney(x: readonly number[], y: readonly number[], confidence?: number): MannWhitneyResult;
