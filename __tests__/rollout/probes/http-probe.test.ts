import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpProbe } from '../../../src/rollout/probes/health-probe.js';
import { checkHttpProbe, httpProbeEndpoint } from '../../../src/rollout/probes/http-probe.js';

let server: Server;
let base: string;
const seen: IncomingHttpHeaders[] = [];

/** /ok answers 200 at once, /broken 500, /slow 200 after 400 ms. */
beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(request.headers);
    const answer = (status: number) => {
      response.writeHead(status, { 'content-type': 'text/plain' });
      response.end(status === 200 ? 'ok' : 'boom');
    };
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (pathname === '/slow') setTimeout(() => answer(200), 400);
    else answer(pathname === '/ok' ? 200 : 500);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const probe = (url: string, overrides: Partial<HttpProbe> = {}): HttpProbe => ({ kind: 'http', name: 'web', url, expectStatus: 200, maxLatencyMs: 200, intervalMs: 1000, timeoutMs: 2000, ...overrides });

describe('checkHttpProbe against a loopback server', () => {
  it('passes a 200 within max-latency, and fails a 500 naming the status against the expected one', async () => {
    const ok = await checkHttpProbe(probe(`http://${base}/ok`));
    expect(ok.ok).toBe(true);
    expect(ok.latencyMs).toBeLessThanOrEqual(200);
    expect(await checkHttpProbe(probe(`http://${base}/broken`))).toEqual({ ok: false, latencyMs: expect.any(Number), error: 'HTTP 500, expected 200' });
  });

  it('passes a 500 when the probe expects 500', async () => {
    expect((await checkHttpProbe(probe(`http://${base}/broken`, { expectStatus: 500 }))).ok).toBe(true);
  });

  it('fails a 200 slower than max-latency with the measured latency, and passes it with a looser bound', async () => {
    const slow = await checkHttpProbe(probe(`http://${base}/slow`));
    expect(slow.ok).toBe(false);
    expect(slow.latencyMs).toBeGreaterThanOrEqual(400);
    expect(slow.error).toBe(`answered in ${slow.latencyMs}ms, over max-latency 200ms`);
    expect((await checkHttpProbe(probe(`http://${base}/slow`, { maxLatencyMs: 2000 }))).ok).toBe(true);
  });

  it('fails an answer that does not come within the timeout', async () => {
    expect(await checkHttpProbe(probe(`http://${base}/slow`, { timeoutMs: 100 }))).toEqual({ ok: false, error: 'no answer within the timeout of 100ms' });
  });

  it('fails a refused connection with the socket error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await checkHttpProbe(probe(`http://127.0.0.1:${port}/ok`))).toEqual({ ok: false, error: `connect ECONNREFUSED 127.0.0.1:${port}` });
  });

  it('sends URL credentials as Basic auth and never shows them in the endpoint', async () => {
    seen.length = 0;
    const withPassword = probe(`http://ops:hunter2@${base}/ok?token=abc`);
    expect((await checkHttpProbe(withPassword)).ok).toBe(true);
    expect(seen.map((headers) => headers.authorization)).toEqual([`Basic ${Buffer.from('ops:hunter2').toString('base64')}`]);
    expect(httpProbeEndpoint(withPassword)).toBe(`http://${base}/ok?token=***`);
    expect(httpProbeEndpoint(probe(`http://${base}/ok`))).toBe(`http://${base}/ok`);
  });
});
