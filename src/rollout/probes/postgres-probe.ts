import type { Client, ClientConfig } from 'pg';
import { urlWithoutCredentials } from '../metrics/url-without-credentials.js';
import type { PostgresProbe, ProbeCheck } from './health-probe.js';

/** Makes the node-postgres client a check uses; passed in so an embedder can supply its own (TLS, a pool's). */
export type PostgresClientFactory = (config: ClientConfig) => Client;

/**
 * One `SELECT 1` over a fresh connection: it proves the server accepts connections and answers queries, which is
 * what a release that migrates or exhausts a database breaks. A fresh connection each time, because a kept one
 * would hide a server that stopped accepting new ones. The reason is PostgreSQL's (or the socket's) own message.
 */
export async function checkPostgresProbe(probe: PostgresProbe, env: NodeJS.ProcessEnv = process.env, createClient?: PostgresClientFactory): Promise<ProbeCheck> {
  const connectionString = connectionUrl(probe, env);
  const make = createClient ?? (await defaultFactory());
  const client = make({ connectionString, connectionTimeoutMillis: probe.timeoutMs, query_timeout: probe.timeoutMs });
  // A failed connection also emits 'error' on the client; without a listener that would crash the process.
  client.on('error', () => undefined);
  const started = performance.now();
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, error: withoutPassword(reasonOf(error), connectionString) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The server the probe reaches, as messages may show it: no password, and the variable's name when it came from one. */
export function postgresProbeEndpoint(probe: PostgresProbe, env: NodeJS.ProcessEnv = process.env): string {
  const shown = urlWithoutCredentials(connectionUrl(probe, env), { keepUser: true });
  return probe.connection.source === 'env' ? `${shown} (from $${probe.connection.variable})` : shown;
}

function connectionUrl(probe: PostgresProbe, env: NodeJS.ProcessEnv): string {
  return probe.connection.source === 'url' ? probe.connection.url : (env[probe.connection.variable] ?? '');
}

async function defaultFactory(): Promise<PostgresClientFactory> {
  const { default: pg } = await import('pg');
  return (config) => new pg.Client(config);
}

/** A driver that echoes its connection string in an error must not leak the password through the probe's reason. */
function withoutPassword(text: string, connectionString: string): string {
  let password = '';
  try {
    password = decodeURIComponent(new URL(connectionString).password);
  } catch {
    return text;
  }
  return password === '' ? text : text.split(password).join('***');
}

/** By shape: pg's errors carry the server's message (and SQLSTATE in `code`); socket errors their errno text. */
function reasonOf(error: unknown): string {
  const { message, code } = (typeof error === 'object' && error !== null ? error : {}) as { message?: unknown; code?: unknown };
  const text = typeof message === 'string' && message !== '' ? message : String(error);
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? `${text} (SQLSTATE ${code})` : text;
}
