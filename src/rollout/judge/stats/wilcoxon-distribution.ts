/**
 * The exact null distribution of the Mann-Whitney statistic W (R's dwilcox/pwilcox/qwilcox): the number of ways
 * the first sample's m ranks among m + n can sum to each value. Counts are doubles, as in R: for m, n < 50 they
 * exceed 2^53 but keep 15 significant digits, far more than a p-value needs.
 */

const countCache = new Map<string, Float64Array>();

/** counts[w] = number of rank arrangements with statistic w, for w = 0 … m·n. */
export function wilcoxonCounts(m: number, n: number): Float64Array {
  const key = `${m},${n}`;
  const cached = countCache.get(key);
  if (cached) return cached;
  // c(i, j)[w] = c(i - 1, j)[w - j] + c(i, j - 1)[w]: the largest of the i + j values belongs to the first sample
  // (adding j to W) or to the second. Rows are built for i = 0 … m, keeping only the previous row.
  let previous: Float64Array[] = Array.from({ length: n + 1 }, () => Float64Array.of(1));
  for (let i = 1; i <= m; i++) {
    const row: Float64Array[] = [Float64Array.of(1)];
    for (let j = 1; j <= n; j++) {
      const counts = new Float64Array(i * j + 1);
      const left = row[j - 1];
      for (let w = 0; w < left.length; w++) counts[w] += left[w];
      const up = previous[j];
      for (let w = 0; w < up.length; w++) counts[w + j] += up[w];
      row.push(counts);
    }
    previous = row;
  }
  const result = previous[n];
  countCache.set(key, result);
  return result;
}

function total(counts: Float64Array): number {
  let sum = 0;
  for (const count of counts) sum += count;
  return sum;
}

/** P(W ≤ q), summed from the nearer tail as R does so the small tail keeps its precision. */
export function wilcoxonCdf(q: number, m: number, n: number): number {
  const counts = wilcoxonCounts(m, n);
  const all = total(counts);
  const w = Math.floor(q + 1e-7);
  if (w < 0) return 0;
  if (w >= m * n) return 1;
  if (w <= (m * n) / 2) return tailSum(counts, 0, w, all);
  return 1 - tailSum(counts, 0, m * n - w - 1, all);
}

/** P(W > q). */
export function wilcoxonUpperTail(q: number, m: number, n: number): number {
  const counts = wilcoxonCounts(m, n);
  const all = total(counts);
  const w = Math.floor(q + 1e-7);
  if (w < 0) return 1;
  if (w >= m * n) return 0;
  // By symmetry P(W > w) = P(W < m·n - w) = P(W ≤ m·n - w - 1).
  if (w > (m * n) / 2) return tailSum(counts, 0, m * n - w - 1, all);
  return 1 - tailSum(counts, 0, w, all);
}

function tailSum(counts: Float64Array, from: number, to: number, all: number): number {
  let p = 0;
  for (let w = from; w <= to; w++) p += counts[w] / all;
  return p;
}

/** The smallest w with P(W ≤ w) ≥ p, for p ≤ 1/2 (all the two-sided interval needs), with R's tolerance of 10 ε. */
export function wilcoxonQuantile(p: number, m: number, n: number): number {
  const counts = wilcoxonCounts(m, n);
  const all = total(counts);
  const target = p - 10 * Number.EPSILON;
  let cumulative = 0;
  for (let w = 0; w <= m * n; w++) {
    cumulative += counts[w] / all;
    if (cumulative >= target) return w;
  }
  return m * n;
}
