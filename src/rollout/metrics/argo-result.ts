import type { PrometheusValue } from './prometheus-value.js';

/**
 * What Argo's Prometheus provider hands a success or failure condition as `result` (metricproviders/prometheus
 * processResponse): a vector becomes the list of its sample values (hence `result[0]`), a scalar a plain number.
 * Matrices and strings are an error there ("Prometheus metric type not supported"), so they are here too.
 */
export type ArgoResult = { ok: true; result: number | number[] } | { ok: false; reason: string };

export function argoResult(value: PrometheusValue): ArgoResult {
  if (value.kind === 'scalar') return { ok: true, result: value.value };
  if (value.kind === 'vector') return { ok: true, result: value.samples.map((sample) => sample.value) };
  return { ok: false, reason: `the query returned a ${value.kind}; Argo Rollouts supports only vectors and scalars (drop a range selector such as [5m] left outside a function)` };
}

/** The measurement text Argo stores in `measurements[].value`: `[0.97,0.5]` for a vector, `0.97` for a scalar. */
export function argoValueText(result: number | number[]): string {
  if (Array.isArray(result)) return `[${result.map(goFloatText).join(',')}]`;
  return goFloatText(result);
}

/** Go prints NaN and the infinities as NaN, +Inf and -Inf, which is what users see in `kubectl argo rollouts get`. */
function goFloatText(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return '+Inf';
  if (value === Number.NEGATIVE_INFINITY) return '-Inf';
  return String(value);
}
