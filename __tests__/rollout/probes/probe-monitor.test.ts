import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpProbe } from '../../../src/rollout/probes/health-probe.js';
import { startProbeMonitor } from '../../../src/rollout/probes/probe-monitor.js';

let server: Server;
let base: string;
let healthy = true;
let handled = 0;

beforeAll(async () => {
  server = createServer((_, response) => {
    handled += 1;
    response.writeHead(healthy ? 200 : 502);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const probe = (name: string, path: string): HttpProbe => ({ kind: 'http', name, url: `${base}${path}`, expectStatus: 200, maxLatencyMs: 1000, intervalMs: 100, timeoutMs: 1000 });

describe('startProbeMonitor', () => {
  it('checks at the start, every interval during the wait and once at the end, logging each failure as it happens', async () => {
    healthy = true;
    handled = 0;
    const lines: string[] = [];
    const monitor = startProbeMonitor([probe('web', '/healthz')], { log: (line) => lines.push(line) });
    // The start check and two periodic ones have been answered; the next tick is ~100 ms away.
    while (handled < 3) await new Promise((resolve) => setTimeout(resolve, 5));
    // The endpoint breaks late in the wait: only the last round sees it.
    healthy = false;
    const [summary] = await monitor.stop();
    expect(summary).toEqual({ name: 'web', kind: 'http', endpoint: `${base}/healthz`, checks: 4, failures: 1, lastError: 'HTTP 502, expected 200' });
    expect(lines).toEqual([`health probe 'web' (${base}/healthz) failed: HTTP 502, expected 200`]);
  });

  it('keeps each probe apart, and a passing one has no error', async () => {
    healthy = true;
    const monitor = startProbeMonitor([probe('a', '/a'), probe('b', '/b')]);
    const summaries = await monitor.stop();
    expect(summaries).toEqual([
      { name: 'a', kind: 'http', endpoint: `${base}/a`, checks: 2, failures: 0 },
      { name: 'b', kind: 'http', endpoint: `${base}/b`, checks: 2, failures: 0 },
    ]);
  });
});
