/**
 * Reads back the text Argo stores in `measurements[].value` into the `result` its conditions saw: the Prometheus
 * provider (and the other float64 providers) write a vector as `[0.97,0.5]` and a scalar as `0.97`, with Go's NaN,
 * +Inf and -Inf. Other text (a web provider's JSON, say) cannot be told apart reliably, so it is refused.
 */
export type MeasuredResult = {
    ok: true;
    result: number | number[];
} | {
    ok: false;
    reason: string;
};
export declare function parseMeasurementValue(text: string): MeasuredResult;
