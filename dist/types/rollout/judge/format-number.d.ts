/** Numbers in judge messages: four significant digits are enough to compare a mean with a bound. */
export declare function formatNumber(value: number): string;
