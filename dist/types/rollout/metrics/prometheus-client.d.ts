import { type MatrixSeries, type PrometheusValue } from './prometheus-value.js';
/** Argo's Prometheus provider gives a query 30 s unless the metric sets `timeout`; the check does the same. */
export declare const DEFAULT_PROMETHEUS_TIMEOUT_MS = 30000;
export interface PrometheusClientOptions {
    /** `prometheus-url`: the server's base URL, optionally with a path prefix and `user:password@`. */
    url: string;
    /** The HTTP client (Deps.fetch); the global fetch when absent. */
    fetch?: typeof fetch;
    timeoutMs?: number;
}
export interface RangeWindow {
    start: Date;
    end: Date;
    stepSeconds: number;
}
export interface PrometheusClient {
    /** The server as messages show it: no credentials. */
    readonly endpoint: string;
    query(promql: string, at?: Date): Promise<PrometheusValue>;
    queryRange(promql: string, window: RangeWindow): Promise<MatrixSeries[]>;
}
/** A query that did not produce a result; the message names the server (without credentials), the query and why. */
export declare class PrometheusError extends Error {
    readonly name = "PrometheusError";
}
/**
 * The two read endpoints of the Prometheus HTTP API. Queries go as POST forms, as Prometheus' own client sends
 * them, so a long PromQL text never meets a URL length limit. Credentials in the URL become a Basic
 * Authorization header: fetch refuses URLs that carry them, and they must never reach a message.
 */
export declare function prometheusClient(options: PrometheusClientOptions): PrometheusClient;
