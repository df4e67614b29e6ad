/** How plan numbers read in findings: grouped thousands, fractions only where PG 18's per-loop averages need them. */
export declare function formatCount(value: number): string;
/** A share in 0..1 as a percentage with one decimal, e.g. `99.8%`. */
export declare function formatShare(share: number): string;
export declare function formatMs(value: number): string;
