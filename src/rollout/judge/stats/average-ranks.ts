export interface Ranking {
  /** Rank of each value in input order, 1-based; tied values share the mean of their ranks (R's rank()). */
  ranks: number[];
  /** Size of each group of tied values (1 for a value without ties), as R's table(rank(…)) counts them. */
  tieSizes: number[];
}

export function averageRanks(values: readonly number[]): Ranking {
  const order = values.map((_, index) => index).sort((a, b) => values[a] - values[b]);
  const ranks = new Array<number>(values.length);
  const tieSizes: number[] = [];
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && values[order[end]] === values[order[start]]) end++;
    // Positions start..end-1 hold equal values: ranks start+1..end, whose mean is (start + 1 + end) / 2.
    const shared = (start + 1 + end) / 2;
    for (let position = start; position < end; position++) ranks[order[position]] = shared;
    tieSizes.push(end - start);
    start = end;
  }
  return { ranks, tieSizes };
}
