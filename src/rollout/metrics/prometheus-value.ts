/** One series of an instant vector: its labels and the value at the query time. */
export interface VectorSample {
  labels: Record<string, string>;
  value: number;
}

/** One series of a range query: its labels and its points in time order (time in Unix seconds). */
export interface MatrixSeries {
  labels: Record<string, string>;
  points: { time: number; value: number }[];
}

/** What `/api/v1/query` answers, by `resultType`, with the sample strings already turned into numbers. */
export type PrometheusValue =
  | { kind: 'vector'; samples: VectorSample[] }
  | { kind: 'scalar'; value: number }
  | { kind: 'matrix'; series: MatrixSeries[] }
  | { kind: 'string'; value: string };

type RawPoint = [number, string];
interface RawSeries {
  metric?: Record<string, string>;
  value?: RawPoint;
  values?: RawPoint[];
}

/**
 * Prometheus sends sample values as strings so that NaN and the infinities survive JSON; `Number('+Inf')` is NaN,
 * so they are spelled out here.
 */
export function sampleNumber(text: string): number {
  if (text === '+Inf') return Number.POSITIVE_INFINITY;
  if (text === '-Inf') return Number.NEGATIVE_INFINITY;
  return Number(text);
}

/** Reads the `data` member of a successful answer; undefined when it is not one of the four documented shapes. */
export function prometheusValueOf(data: unknown): PrometheusValue | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { resultType, result } = data as { resultType?: unknown; result?: unknown };
  if (resultType === 'scalar' && Array.isArray(result)) return { kind: 'scalar', value: sampleNumber(String(result[1])) };
  if (resultType === 'string' && Array.isArray(result)) return { kind: 'string', value: String(result[1]) };
  if (!Array.isArray(result)) return undefined;
  const series = result as RawSeries[];
  if (resultType === 'vector') {
    return { kind: 'vector', samples: series.map((entry) => ({ labels: entry.metric ?? {}, value: sampleNumber(String(entry.value?.[1])) })) };
  }
  if (resultType === 'matrix') {
    return {
      kind: 'matrix',
      series: series.map((entry) => ({
        labels: entry.metric ?? {},
        points: (entry.values ?? []).map(([time, value]) => ({ time, value: sampleNumber(value) })),
      })),
    };
  }
  return undefined;
}
