import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** One backfilled series: a metric name, its labels, and samples at Unix times in seconds (ascending). */
export interface BackfillSeries {
  metric: string;
  labels: Record<string, string>;
  samples: { time: number; value: number }[];
}

export interface TestPrometheus {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  close(): Promise<void>;
}

const READY_TIMEOUT_MS = 20_000;

/**
 * Whether the real Prometheus (Debian's `prometheus` package, which brings `promtool`) is installed. Under CI=true
 * its absence is an error, so a CI run can never pass by skipping the Prometheus suites.
 */
export function prometheusInstalled(): boolean {
  const installed = ['prometheus', 'promtool'].every((tool) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).status === 0);
  if (!installed && process.env.CI === 'true') {
    throw new Error("prometheus and promtool are not installed, but CI=true: .ci/run installs Debian's 'prometheus' package; install it (apt-get install prometheus) and run again.");
  }
  return installed;
}

/**
 * Starts /usr/bin/prometheus on a free loopback port over a temporary TSDB holding `series`, backfilled with
 * `promtool tsdb create-blocks-from openmetrics` (blocks are written straight into the data directory before the
 * server starts, since Prometheus only loads blocks at startup). It scrapes nothing, so the data stays as given.
 */
export async function startTestPrometheus(series: readonly BackfillSeries[]): Promise<TestPrometheus> {
  const directory = mkdtempSync(path.join(tmpdir(), 'predator-guard-prometheus-'));
  const data = path.join(directory, 'data');
  const samples = path.join(directory, 'samples.om');
  const configFile = path.join(directory, 'prometheus.yml');
  writeFileSync(samples, openMetricsText(series));
  writeFileSync(configFile, 'global:\n  scrape_interval: 1h\n');
  const backfill = spawnSync('promtool', ['tsdb', 'create-blocks-from', 'openmetrics', samples, data], { encoding: 'utf8' });
  if (backfill.status !== 0) throw new Error(`promtool backfill failed (${backfill.status}): ${backfill.stderr}`);
  const port = await freePort();
  const server = spawn(
    'prometheus',
    [`--config.file=${configFile}`, `--storage.tsdb.path=${data}`, `--web.listen-address=127.0.0.1:${port}`, '--storage.tsdb.retention.time=1d', '--log.level=warn'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const close = async () => {
    await stop(server);
    rmSync(directory, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(url, server);
  } catch (error) {
    await close();
    throw new Error(`${(error as Error).message}\n${log}`);
  }
  return { url, close };
}

/** The OpenMetrics text promtool reads: one line per sample, series kept together, and the mandatory `# EOF`. */
export function openMetricsText(series: readonly BackfillSeries[]): string {
  const lines = series.flatMap(({ metric, labels, samples }) => {
    const labelText = Object.entries(labels).map(([name, value]) => `${name}="${value}"`).join(',');
    return samples.map(({ time, value }) => `${metric}{${labelText}} ${value} ${time}`);
  });
  return `${lines.join('\n')}\n# EOF\n`;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`prometheus exited with ${server.exitCode} before it was ready`);
    try {
      if ((await fetch(`${url}-/ready`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`prometheus was not ready at ${url} within ${READY_TIMEOUT_MS / 1000}s`);
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    server.once('exit', () => resolve());
    server.kill('SIGTERM');
  });
}
