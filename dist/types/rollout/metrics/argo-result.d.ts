import type { PrometheusValue } from './prometheus-value.js';
/**
 * What Argo's Prometheus provider hands a success or failure condition as `result` (metricproviders/prometheus
 * processResponse): a vector becomes the list of its sample values (hence `result[0]`), a scalar a plain number.
 * Matrices and strings are an error there ("Prometheus metric type not supported"), so they are here too.
 */
export type ArgoResult = {
    ok: true;
    result: number | number[];
} | {
    ok: false;
    reason: string;
};
export declare function argoResult(value: PrometheusValue): ArgoResult;
/** The measurement text Argo stores in `measurements[].value`: `[0.97,0.5]` for a vector, `0.97` for a scalar. */
export declare function argoValueText(result: number | number[]): string;
