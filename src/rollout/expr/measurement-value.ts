/**
 * Reads back the text Argo stores in `measurements[].value` into the `result` its conditions saw: the Prometheus
 * provider (and the other float64 providers) write a vector as `[0.97,0.5]` and a scalar as `0.97`, with Go's NaN,
 * +Inf and -Inf. Other text (a web provider's JSON, say) cannot be told apart reliably, so it is refused.
 */
export type MeasuredResult = { ok: true; result: number | number[] } | { ok: false; reason: string };

const GO_FLOAT = /^(?:[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|NaN|[+-]Inf)$/;

export function parseMeasurementValue(text: string): MeasuredResult {
  const trimmed = text.trim();
  if (trimmed.startsWith('[') && trimmed.endsWith(']')) {
    const inner = trimmed.slice(1, -1).trim();
    const items = inner === '' ? [] : inner.split(',').map((item) => item.trim());
    if (items.every((item) => GO_FLOAT.test(item))) return { ok: true, result: items.map(goFloat) };
  } else if (GO_FLOAT.test(trimmed)) {
    return { ok: true, result: goFloat(trimmed) };
  }
  return { ok: false, reason: `the stored value '${text}' is neither a number nor a list of numbers, so the result the condition saw is unknown` };
}

function goFloat(text: string): number {
  if (text === '+Inf') return Number.POSITIVE_INFINITY;
  if (text === '-Inf') return Number.NEGATIVE_INFINITY;
  return Number(text);
}
