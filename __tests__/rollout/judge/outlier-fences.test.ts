import { withoutOutliers } from '../../../src/rollout/judge/stats/outlier-fences.js';

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, index) => from + index);

describe('withoutOutliers: the IQR fences of Kayenta', () => {
  // 1…10 and one more value: 11 values, Q1 at position 3 (value 3), Q3 at position 9 (value 9), IQR 6, fences −15 and 27.
  it('keeps a value exactly on the upper fence and drops one just beyond it', () => {
    expect(withoutOutliers([...range(1, 10), 27], 3)).toEqual([...range(1, 10), 27]);
    expect(withoutOutliers([...range(1, 10), 27.5], 3)).toEqual(range(1, 10));
    // With −16 in, the quartiles move: 2 and 8, so the lower fence is −16 itself; −17 is beyond it.
    expect(withoutOutliers([-16, ...range(1, 10)], 3)).toEqual([-16, ...range(1, 10)]);
    expect(withoutOutliers([-17, ...range(1, 10)], 3)).toEqual(range(1, 10));
  });

  it('interpolates the quartiles between neighbours and keeps the input order', () => {
    // 1…7 and one more above: Q1 at position 2.25 → 2.25, Q3 at 6.75 → 6.75, IQR 4.5, f 1 → upper fence 11.25.
    expect(withoutOutliers([12, 1, 2, 3, 4, 5, 6, 7], 1)).toEqual(range(1, 7));
    expect(withoutOutliers([11.25, 1, 2, 3, 4, 5, 6, 7], 1)).toEqual([11.25, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('leaves constant and tiny samples alone', () => {
    expect(withoutOutliers([4, 4, 4, 4], 3)).toEqual([4, 4, 4, 4]);
    expect(withoutOutliers([7], 3)).toEqual([7]);
    expect(withoutOutliers([], 3)).toEqual([]);
  });
});
