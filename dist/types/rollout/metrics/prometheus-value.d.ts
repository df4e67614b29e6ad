/** One series of an instant vector: its labels and the value at the query time. */
export interface VectorSample {
    labels: Record<string, string>;
    value: number;
}
/** One series of a range query: its labels and its points in time order (time in Unix seconds). */
export interface MatrixSeries {
    labels: Record<string, string>;
    points: {
        time: number;
        value: number;
    }[];
}
/** What `/api/v1/query` answers, by `resultType`, with the sample strings already turned into numbers. */
export type PrometheusValue = {
    kind: 'vector';
    samples: VectorSample[];
} | {
    kind: 'scalar';
    value: number;
} | {
    kind: 'matrix';
    series: MatrixSeries[];
} | {
    kind: 'string';
    value: string;
};
/**
 * Prometheus sends sample values as strings so that NaN and the infinities survive JSON; `Number('+Inf')` is NaN,
 * so they are spelled out here.
 */
export declare function sampleNumber(text: string): number;
/** Reads the `data` member of a successful answer; undefined when it is not one of the four documented shapes. */
export declare function prometheusValueOf(data: unknown): PrometheusValue | undefined;
