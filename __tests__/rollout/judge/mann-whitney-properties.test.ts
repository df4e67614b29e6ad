import fc from 'fast-check';
import { mannWhitney } from '../../../src/rollout/judge/mann-whitney.js';

const isConstant = (values: readonly number[]): boolean => values.every((value) => value === values[0]);
/**
 * Samples as Prometheus gives them: finite, sometimes repeated (small integers force ties), one to 80 points. Values
 * keep 3 decimals: differences near the smallest double make every value tie after a shift, which no test can
 * bound (R stops too; the judge classifies that as Error, tested in classify-metric).
 */
const sample = fc.oneof(
  fc.array(fc.integer({ min: -1e9, max: 1e9 }).map((value) => value / 1000), { minLength: 1, maxLength: 80 }),
  fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 80 }),
);
const pair = fc.tuple(sample, sample).filter(([x, y]) => !(isConstant(x) && isConstant(y)));

describe('mannWhitney properties', () => {
  it('gives a p-value in (0, 1] and an interval around the estimate, for any samples', () => {
    fc.assert(
      fc.property(pair, ([x, y]) => {
        const result = mannWhitney(x, y);
        expect(result.pValue).toBeGreaterThan(0);
        expect(result.pValue).toBeLessThanOrEqual(1);
        expect(result.confidenceInterval[0]).toBeLessThanOrEqual(result.estimate);
        expect(result.estimate).toBeLessThanOrEqual(result.confidenceInterval[1]);
      }),
      { numRuns: 300 },
    );
  });

  it('mirrors the exact test when the samples swap sides', () => {
    const distinct = fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 40 }).map((values) => {
      const cut = Math.max(1, Math.floor(values.length / 3));
      return [values.slice(0, cut), values.slice(cut)] as const;
    });
    fc.assert(
      fc.property(distinct, ([x, y]) => {
        const forward = mannWhitney(x, y);
        const backward = mannWhitney(y, x);
        expect([forward.method, backward.method]).toEqual(['exact', 'exact']);
        expect(backward.pValue).toBeCloseTo(forward.pValue, 12);
        // + 0 turns -0 into 0: a zero shift has no sign to mirror.
        expect(backward.estimate + 0).toBe(-forward.estimate + 0);
        expect(backward.confidenceInterval.map((bound) => bound + 0)).toEqual([-forward.confidenceInterval[1] + 0, -forward.confidenceInterval[0] + 0]);
      }),
      { numRuns: 200 },
    );
  });
});
