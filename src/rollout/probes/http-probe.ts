import { urlWithoutCredentials } from '../metrics/url-without-credentials.js';
import type { HttpProbe, ProbeCheck } from './health-probe.js';

/**
 * One GET of the probe's URL. It passes when the status is the expected one and the whole answer (headers and
 * body) arrived within `max-latency`; a slow 200 fails too, because a canary that answers late is not healthy.
 * Credentials in the URL are sent as Basic auth (fetch refuses them in the URL) and never appear in the reason.
 */
export async function checkHttpProbe(probe: HttpProbe, send: typeof fetch = fetch): Promise<ProbeCheck> {
  const url = new URL(probe.url);
  const headers: Record<string, string> = {};
  if (url.username || url.password) headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
  url.username = '';
  url.password = '';
  const started = performance.now();
  let status: number;
  try {
    const response = await send(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(probe.timeoutMs) });
    status = response.status;
    await response.arrayBuffer();
  } catch (error) {
    return { ok: false, error: transportReason(error, probe.timeoutMs) };
  }
  const latencyMs = Math.round(performance.now() - started);
  if (status !== probe.expectStatus) return { ok: false, latencyMs, error: `HTTP ${status}, expected ${probe.expectStatus}` };
  if (latencyMs > probe.maxLatencyMs) return { ok: false, latencyMs, error: `answered in ${latencyMs}ms, over max-latency ${probe.maxLatencyMs}ms` };
  return { ok: true, latencyMs };
}

export function httpProbeEndpoint(probe: HttpProbe): string {
  return urlWithoutCredentials(probe.url);
}

/** Read by shape, not `instanceof`: fetch's errors may come from another realm. Node keeps the socket error in `cause`. */
function transportReason(error: unknown, timeoutMs: number): string {
  const { name, message, cause } = (typeof error === 'object' && error !== null ? error : {}) as { name?: unknown; message?: unknown; cause?: { message?: unknown } };
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within the timeout of ${timeoutMs}ms`;
  if (typeof cause?.message === 'string') return cause.message;
  return typeof message === 'string' ? message : String(error);
}
