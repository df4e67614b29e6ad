import { UsageError } from '../../core/config/usage-error.js';
import { parseDuration } from '../../core/config/duration.js';
import type { HealthProbe, PostgresConnection } from './health-probe.js';

const DEFAULTS = { interval: '30s', timeout: '10s', 'max-latency': '1s', 'expect-status': 200 };

/** An entry of `health-probes` as the config schema lets it through. */
interface ProbeEntry {
  name: string;
  http?: string;
  postgres?: string | { env: string };
  'expect-status'?: number;
  'max-latency'?: string;
  interval?: string;
  timeout?: string;
}

/**
 * The `health-probes` setting as typed probes, defaults filled in. The schema has checked the shape; this checks
 * what it cannot: unique names, parseable URLs, and that a `postgres: { env: NAME }` variable is set, so a missing
 * secret stops the run before the wait (exit 2) instead of showing up as a failed probe.
 */
export function readHealthProbes(setting: unknown, env: NodeJS.ProcessEnv = process.env): HealthProbe[] {
  if (setting === undefined) return [];
  const entries = setting as ProbeEntry[];
  const seen = new Set<string>();
  return entries.map((entry, index) => {
    const where = `health-probes[${index}] ('${entry.name}')`;
    if (seen.has(entry.name)) throw new UsageError(`${where}: another probe already has this name; give each probe its own name, since findings name the probe.`);
    seen.add(entry.name);
    const timing = {
      name: entry.name,
      intervalMs: duration(entry.interval ?? DEFAULTS.interval, `${where}.interval`),
      timeoutMs: duration(entry.timeout ?? DEFAULTS.timeout, `${where}.timeout`),
    };
    if (entry.http !== undefined) {
      if (!isUrl(entry.http, ['http:', 'https:'])) throw new UsageError(`${where}.http: expected an http:// or https:// URL such as https://checkout.example.com/healthz.`);
      return {
        ...timing,
        kind: 'http',
        url: entry.http,
        expectStatus: entry['expect-status'] ?? DEFAULTS['expect-status'],
        maxLatencyMs: duration(entry['max-latency'] ?? DEFAULTS['max-latency'], `${where}.max-latency`),
      };
    }
    return { ...timing, kind: 'postgres', connection: postgresConnection(entry.postgres, where, env) };
  });
}

function postgresConnection(value: ProbeEntry['postgres'], where: string, env: NodeJS.ProcessEnv): PostgresConnection {
  if (typeof value === 'object') {
    const url = env[value.env];
    if (url === undefined || url === '') {
      throw new UsageError(`${where}.postgres.env: the environment variable ${value.env} is not set; set it to the connection URL (postgres://user:password@host:5432/db) in the step's env, e.g. from a secret.`);
    }
    if (!isUrl(url, ['postgres:', 'postgresql:'])) throw new UsageError(`${where}.postgres.env: ${value.env} does not hold a postgres:// URL; expected postgres://user:password@host:5432/db.`);
    return { source: 'env', variable: value.env };
  }
  if (!isUrl(value ?? '', ['postgres:', 'postgresql:'])) {
    throw new UsageError(`${where}.postgres: expected a postgres:// URL, or { env: VARIABLE } naming an environment variable that holds one (keeps the password out of the config file).`);
  }
  return { source: 'url', url: value as string };
}

function duration(text: string, where: string): number {
  const ms = parseDuration(text);
  if (ms === undefined || ms <= 0) throw new UsageError(`${where}: got '${text}'; expected a Go-style duration such as 500ms, 30s or 1m.`);
  return ms;
}

function isUrl(text: string, protocols: readonly string[]): boolean {
  try {
    return protocols.includes(new URL(text).protocol);
  } catch {
    return false;
  }
}
