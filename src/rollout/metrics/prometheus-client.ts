import { registerSecret } from '../../core/secrets.js';
import { prometheusValueOf, type MatrixSeries, type PrometheusValue } from './prometheus-value.js';
import { urlWithoutCredentials } from './url-without-credentials.js';

/** Argo's Prometheus provider gives a query 30 s unless the metric sets `timeout`; the check does the same. */
export const DEFAULT_PROMETHEUS_TIMEOUT_MS = 30_000;

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
export class PrometheusError extends Error {
  override readonly name = 'PrometheusError';
}

/**
 * The two read endpoints of the Prometheus HTTP API. Queries go as POST forms, as Prometheus' own client sends
 * them, so a long PromQL text never meets a URL length limit. Credentials in the URL become a Basic
 * Authorization header: fetch refuses URLs that carry them, and they must never reach a message.
 */
export function prometheusClient(options: PrometheusClientOptions): PrometheusClient {
  const base = new URL(options.url);
  const authorization = base.username || base.password ? `Basic ${Buffer.from(`${decodeURIComponent(base.username)}:${decodeURIComponent(base.password)}`).toString('base64')}` : undefined;
  registerSecret(decodeURIComponent(base.password));
  registerSecret(authorization?.slice('Basic '.length));
  base.username = '';
  base.password = '';
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const endpoint = urlWithoutCredentials(base.toString());
  const send = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_PROMETHEUS_TIMEOUT_MS;

  async function call(path: string, promql: string, form: Record<string, string>): Promise<PrometheusValue> {
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
    if (authorization) headers.authorization = authorization;
    let response: Response;
    let text: string;
    try {
      response = await send(new URL(path, base), { method: 'POST', headers, body: new URLSearchParams({ query: promql, ...form }), signal: AbortSignal.timeout(timeoutMs) });
      text = await response.text();
    } catch (error) {
      throw transportError(error, endpoint, promql, timeoutMs);
    }
    return valueOf(response.status, text, endpoint, promql);
  }

  return {
    endpoint,
    query(promql, at) {
      return call('api/v1/query', promql, at ? { time: unixSeconds(at) } : {});
    },
    async queryRange(promql, window) {
      const value = await call('api/v1/query_range', promql, { start: unixSeconds(window.start), end: unixSeconds(window.end), step: String(window.stepSeconds) });
      if (value.kind !== 'matrix') throw new PrometheusError(`Prometheus at ${endpoint} answered the range query '${promql}' with a ${value.kind}, not a matrix.`);
      return value.series;
    },
  };
}

function unixSeconds(date: Date): string {
  return String(date.getTime() / 1000);
}

function valueOf(status: number, text: string, endpoint: string, promql: string): PrometheusValue {
  let body: { status?: unknown; data?: unknown; errorType?: unknown; error?: unknown };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new PrometheusError(
      `Prometheus at ${endpoint} answered the query '${promql}' with HTTP ${status} and no Prometheus API response; check that prometheus-url is the Prometheus server's base URL (such as http://prometheus:9090), not a page in front of it.`,
    );
  }
  if (body.status !== 'success') {
    const reason = [body.errorType, body.error].filter((part) => typeof part === 'string' && part !== '').join(': ');
    throw new PrometheusError(`Prometheus at ${endpoint} refused the query '${promql}' (HTTP ${status}): ${reason || 'no error text'}.`);
  }
  const value = prometheusValueOf(body.data);
  if (!value) throw new PrometheusError(`Prometheus at ${endpoint} answered the query '${promql}' with a result of unknown shape.`);
  return value;
}

function transportError(error: unknown, endpoint: string, promql: string, timeoutMs: number): PrometheusError {
  const { name, cause } = errorFields(error);
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new PrometheusError(`Prometheus at ${endpoint} did not answer the query '${promql}' within ${timeoutMs / 1000}s; check that it is up and not overloaded, or simplify the query.`);
  }
  return new PrometheusError(`cannot reach Prometheus at ${endpoint} for the query '${promql}': ${cause}; check prometheus-url and that Prometheus is running.`);
}

/**
 * Node's fetch throws "fetch failed" and keeps the reason (ECONNREFUSED, ENOTFOUND, a TLS error) in `cause`. Read
 * by shape rather than `instanceof Error`: an injected fetch may come from another realm.
 */
function errorFields(error: unknown): { name: string; cause: string } {
  const { name, message, cause } = (typeof error === 'object' && error !== null ? error : {}) as { name?: unknown; message?: unknown; cause?: { message?: unknown } };
  const reason = typeof cause?.message === 'string' ? cause.message : typeof message === 'string' ? message : String(error);
  return { name: typeof name === 'string' ? name : '', cause: reason };
}
