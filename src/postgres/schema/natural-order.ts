/**
 * Compares file paths the way people number migrations: runs of digits as numbers, so `2_users.sql` comes before
 * `10_orders.sql` even without zero padding, while zero-padded names (`002_`, `010_`) keep their plain order. Other
 * characters compare by code point, so the order is the same on every machine and locale.
 */
export function compareNaturally(a: string, b: string): number {
  const left = chunks(a);
  const right = chunks(b);
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    const order = compareChunks(left[index], right[index]);
    if (order !== 0) return order;
  }
  if (left.length !== right.length) return left.length - right.length;
  // `01_a` and `1_a` compare equal as numbers; the text decides so the order stays total.
  return a < b ? -1 : a > b ? 1 : 0;
}

function chunks(text: string): string[] {
  return text.match(/\d+|\D+/g) ?? [];
}

function compareChunks(a: string, b: string): number {
  if (/^\d/.test(a) && /^\d/.test(b)) return compareDigitRuns(a, b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Numbers of any length (timestamps as in `20240131120000_add_index.sql`), without converting to Number. */
function compareDigitRuns(a: string, b: string): number {
  const left = a.replace(/^0+(?=\d)/, '');
  const right = b.replace(/^0+(?=\d)/, '');
  if (left.length !== right.length) return left.length - right.length;
  return left < right ? -1 : left > right ? 1 : 0;
}
