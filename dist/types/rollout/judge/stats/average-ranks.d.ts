export interface Ranking {
    /** Rank of each value in input order, 1-based; tied values share the mean of their ranks (R's rank()). */
    ranks: number[];
    /** Size of each group of tied values (1 for a value without ties), as R's table(rank(…)) counts them. */
    tieSizes: number[];
}
export declare function averageRanks(values: readonly number[]): Ranking;
