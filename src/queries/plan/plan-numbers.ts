/** How plan numbers read in findings: grouped thousands, fractions only where PG 18's per-loop averages need them. */

const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const MS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function formatCount(value: number): string {
  return COUNT.format(value);
}

/** A share in 0..1 as a percentage with one decimal, e.g. `99.8%`. */
export function formatShare(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

export function formatMs(value: number): string {
  return `${MS.format(value)} ms`;
}
