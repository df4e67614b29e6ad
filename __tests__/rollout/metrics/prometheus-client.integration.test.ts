import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { argoResult, argoValueText } from '../../../src/rollout/metrics/argo-result.js';
import { prometheusClient, PrometheusError } from '../../../src/rollout/metrics/prometheus-client.js';
import { prometheusInstalled, startTestPrometheus, type TestPrometheus } from '../../helpers/test-prometheus.js';
import { CANARY, STABLE, trackTraffic } from './canary-traffic.js';

const installed = prometheusInstalled();
const describeWithPrometheus = installed ? describe : describe.skip;
if (!installed) console.warn('SKIPPED: the Prometheus client suite against the real server (prometheus/promtool not installed; CI=true fails instead).');

describeWithPrometheus('prometheusClient against the real Prometheus', () => {
  let prometheus: TestPrometheus;
  const now = Date.now() / 1000;

  beforeAll(async () => {
    prometheus = await startTestPrometheus([...trackTraffic('checkout', CANARY, 0.1, now), ...trackTraffic('checkout', STABLE, 0.001, now)]);
  });
  afterAll(async () => {
    await prometheus?.close();
  });

  it('reads an instant vector as labelled samples, which Argo hands a condition as a list of numbers', async () => {
    const client = prometheusClient({ url: prometheus.url });
    const value = await client.query('sum by (track) (rate(http_requests_total{code="500"}[5m])) / sum by (track) (rate(http_requests_total[5m]))');
    expect(value.kind).toBe('vector');
    const byTrack = value.kind === 'vector' ? Object.fromEntries(value.samples.map((sample) => [sample.labels.track, sample.value])) : {};
    expect(Object.keys(byTrack).sort()).toEqual(['canary', 'stable']);
    expect(byTrack.canary).toBeCloseTo(0.1, 12);
    expect(byTrack.stable).toBeCloseTo(0.001, 12);
    const result = argoResult(value);
    expect(result.ok && Array.isArray(result.result) ? result.result.length : -1).toBe(2);
  });

  it('reads a scalar as a number, and an empty vector as an empty list (no data)', async () => {
    const client = prometheusClient({ url: prometheus.url });
    expect(await client.query('scalar(vector(0.25))')).toEqual({ kind: 'scalar', value: 0.25 });
    expect(argoResult(await client.query('scalar(vector(0.25))'))).toEqual({ ok: true, result: 0.25 });
    const empty = await client.query('rate(http_requests_total{track="preview"}[5m])');
    expect(empty).toEqual({ kind: 'vector', samples: [] });
    expect(argoResult(empty)).toEqual({ ok: true, result: [] });
  });

  it('keeps NaN and the infinities that Prometheus sends as strings', async () => {
    const client = prometheusClient({ url: prometheus.url });
    const value = await client.query('vector(0) / vector(0)');
    expect(value.kind === 'vector' && Number.isNaN(value.samples[0].value)).toBe(true);
    expect(await client.query('scalar(vector(1) / vector(0))')).toEqual({ kind: 'scalar', value: Number.POSITIVE_INFINITY });
    expect(argoValueText([Number.NaN, 0.5, Number.NEGATIVE_INFINITY])).toBe('[NaN,0.5,-Inf]');
  });

  it('reads a range query as a matrix with one point per step', async () => {
    const client = prometheusClient({ url: prometheus.url });
    const end = new Date((now - 60) * 1000);
    const start = new Date((now - 60 - 600) * 1000);
    const series = await client.queryRange('http_error_ratio{track="canary"}', { start, end, stepSeconds: 60 });
    expect(series).toHaveLength(1);
    expect(series[0].labels).toEqual({ __name__: 'http_error_ratio', service: 'checkout', track: 'canary', rollouts_pod_template_hash: CANARY.podHash });
    expect(series[0].points).toHaveLength(11);
    expect(series[0].points[0].time).toBeCloseTo(start.getTime() / 1000, 3);
    for (const point of series[0].points) expect([0.12, 0.09, 0.105, 0.08, 0.11, 0.095, 0.115, 0.085]).toContainEqual(point.value);
  });

  it('refuses a matrix where Argo would, naming the way out', async () => {
    const client = prometheusClient({ url: prometheus.url });
    expect(argoResult(await client.query('http_error_ratio{track="canary"}[1m]'))).toEqual({
      ok: false,
      reason: 'the query returned a matrix; Argo Rollouts supports only vectors and scalars (drop a range selector such as [5m] left outside a function)',
    });
  });

  it("reports Prometheus' own error text with the server and the query", async () => {
    const client = prometheusClient({ url: prometheus.url });
    await expect(client.query('sum(rate(http_requests_total[5m])')).rejects.toThrow(
      new PrometheusError(`Prometheus at ${prometheus.url} refused the query 'sum(rate(http_requests_total[5m])' (HTTP 400): bad_data: invalid parameter "query": 1:34: parse error: unclosed left parenthesis.`),
    );
  });
});

describe('prometheusClient failures that need no Prometheus', () => {
  let server: Server | undefined;
  const seen: IncomingHttpHeaders[] = [];
  const listen = async (handler: Parameters<typeof createServer>[1]): Promise<string> => {
    server = createServer(handler);
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    return `127.0.0.1:${(server.address() as AddressInfo).port}`;
  };
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
    seen.length = 0;
  });

  it('names an unreachable server, without the credentials of its URL', async () => {
    const host = await listen(() => undefined);
    await new Promise((resolve) => server?.close(resolve));
    const client = prometheusClient({ url: `http://ci:s3cret@${host}/prom` });
    const failure = client.query('up').catch((error: unknown) => error);
    expect(client.endpoint).toBe(`http://${host}/prom/`);
    await expect(failure).resolves.toEqual(new PrometheusError(`cannot reach Prometheus at http://${host}/prom/ for the query 'up': connect ECONNREFUSED ${host}; check prometheus-url and that Prometheus is running.`));
    expect(String(await failure)).not.toContain('s3cret');
  });

  it('sends the URL credentials as Basic auth, and times out a server that never answers', async () => {
    const host = await listen((request) => void seen.push(request.headers));
    const client = prometheusClient({ url: `http://ci:s3cret@${host}`, timeoutMs: 300 });
    await expect(client.query('up')).rejects.toThrow(
      new PrometheusError(`Prometheus at http://${host}/ did not answer the query 'up' within 0.3s; check that it is up and not overloaded, or simplify the query.`),
    );
    expect(seen.map((headers) => headers.authorization)).toEqual([`Basic ${Buffer.from('ci:s3cret').toString('base64')}`]);
  });

  it('says so when the URL points at a page that is not the Prometheus API', async () => {
    const host = await listen((request, response) => {
      response.writeHead(request.url === '/api/v1/query' ? 404 : 200, { 'content-type': 'text/html' });
      response.end('<html>login</html>');
    });
    const client = prometheusClient({ url: `http://${host}` });
    await expect(client.query('up')).rejects.toThrow(
      new PrometheusError(`Prometheus at http://${host}/ answered the query 'up' with HTTP 404 and no Prometheus API response; check that prometheus-url is the Prometheus server's base URL (such as http://prometheus:9090), not a page in front of it.`),
    );
  });
});
