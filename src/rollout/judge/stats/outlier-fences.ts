/**
 * Kayenta's outlier rule: values outside Q1 − f·IQR … Q3 + f·IQR are outliers (f = 3 by default). The quartiles
 * are Apache Commons Math's default percentile estimate (position p·(n + 1), linear between neighbours, clamped to
 * the ends), the library Kayenta's judge computes them with.
 */
export function withoutOutliers(values: readonly number[], factor: number): number[] {
  if (values.length < 2) return [...values];
  const sorted = [...values].sort((a, b) => a - b);
  const q1 = percentile(sorted, 0.25);
  const q3 = percentile(sorted, 0.75);
  const spread = q3 - q1;
  const low = q1 - factor * spread;
  const high = q3 + factor * spread;
  return values.filter((value) => value >= low && value <= high);
}

function percentile(sorted: readonly number[], p: number): number {
  const position = p * (sorted.length + 1);
  if (position < 1) return sorted[0];
  if (position >= sorted.length) return sorted[sorted.length - 1];
  const below = Math.floor(position);
  return sorted[below - 1] + (position - below) * (sorted[below] - sorted[below - 1]);
}
