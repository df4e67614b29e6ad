/** Numbers in judge messages: four significant digits are enough to compare a mean with a bound. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(4)));
}
