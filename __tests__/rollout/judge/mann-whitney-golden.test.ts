import { readFileSync } from 'node:fs';
import { mannWhitney, UnboundedShiftError } from '../../../src/rollout/judge/mann-whitney.js';
import { normalQuantile, normalUpperTail } from '../../../src/rollout/judge/stats/normal-distribution.js';

/** Written by golden/make-golden-vectors.R (R's wilcox.test); rerun it with Rscript to change the cases. */
interface GoldenCase {
  name: string;
  method: 'exact' | 'normal';
  statistic: number;
  pValue: number;
  estimate: number;
  confidenceInterval: [number, number];
  x: number[];
  y: number[];
}
interface Golden {
  generator: string;
  normal: { z: number[]; upperTail: number[]; p: number[]; quantile: number[] };
  cases: GoldenCase[];
}

const golden = JSON.parse(readFileSync(new URL('./golden/mann-whitney-golden.json', import.meta.url), 'utf8')) as Golden;
const RELATIVE = 1e-6;

/** Within 1e-6 of R's value, relative to its size (an exact zero must come out as zero). */
function expectClose(actual: number, expected: number): void {
  const allowed = RELATIVE * Math.abs(expected);
  if (Math.abs(actual - expected) <= allowed) return;
  throw new Error(`expected ${expected} (R) within ${RELATIVE} relative, got ${actual}`);
}

describe('Mann-Whitney against R golden vectors', () => {
  it('covers exact and approximate cases', () => {
    expect(golden.cases.filter((entry) => entry.method === 'exact').length).toBeGreaterThanOrEqual(10);
    expect(golden.cases.filter((entry) => entry.method === 'normal').length).toBeGreaterThanOrEqual(10);
  });

  describe.each(golden.cases.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const result = mannWhitney(entry.x, entry.y, 0.98);

    it('uses the same method and statistic', () => {
      expect(result.method).toBe(entry.method);
      expect(result.statistic).toBe(entry.statistic);
    });
    it('matches the p-value', () => expectClose(result.pValue, entry.pValue));
    it('matches the Hodges–Lehmann estimate', () => expectClose(result.estimate, entry.estimate));
    it('matches the 98% confidence interval', () => {
      expectClose(result.confidenceInterval[0], entry.confidenceInterval[0]);
      expectClose(result.confidenceInterval[1], entry.confidenceInterval[1]);
    });
  });

  it('matches R’s pnorm upper tail, far into the tail', () => {
    golden.normal.z.forEach((z, index) => expectClose(normalUpperTail(z), golden.normal.upperTail[index]));
  });

  it('matches R’s qnorm', () => {
    golden.normal.p.forEach((p, index) => expectClose(normalQuantile(p), golden.normal.quantile[index]));
  });
});

describe('Mann-Whitney input limits', () => {
  it('refuses an empty sample, and works with one value on each side', () => {
    expect(() => mannWhitney([], [1, 2])).toThrow(new RangeError('mannWhitney needs at least one value in each sample'));
    expect(mannWhitney([2], [1]).estimate).toBe(1);
  });

  it('refuses two constant samples (R stops too), but not one constant sample against a varied one', () => {
    expect(() => mannWhitney([2, 2, 2], [1, 1, 1, 1])).toThrow(new UnboundedShiftError('shifted onto each other, every value ties: each sample is one repeated value (to double precision)'));
    expect(() => mannWhitney([0, -5e-324], [2, 2])).toThrow(UnboundedShiftError);
    expect(mannWhitney([2, 2, 2], [1, 1.5, 1, 1]).method).toBe('normal');
  });
});
