import type { PgClient } from '../../core/analyzer.js';
import { connectionError } from './connection-error.js';
import { describeDatabaseUrl, type DatabaseAddress } from './database-url.js';
import { DatabaseError, type PlanDatabase } from './plan-database.js';
import { redactSecrets } from './redact-secrets.js';

/** An unreachable server (a dropped packet, a wrong VPN) must fail the run in seconds, not after the OS's minutes. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

export interface ServerDatabaseOptions {
  connectTimeoutMs?: number;
}

const IDENTITY_SQL = "SELECT pg_catalog.current_setting('server_version') AS version, pg_catalog.current_setting('server_version_num')::int AS num";

/**
 * Connects to the server a `database-url` names and reads what it is. Connection failures become UsageErrors that
 * name the server without its password; afterwards every server error is a DatabaseError with the password
 * scrubbed from its text, since drivers and servers may echo what they were given.
 */
export async function openServerDatabase(url: string, options: ServerDatabaseOptions = {}): Promise<PlanDatabase> {
  const address = describeDatabaseUrl(url);
  const connectTimeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  // node-postgres is CommonJS: its exports arrive as `default` both from Node's import() and from the bundle.
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: connectTimeoutMs, application_name: 'predator-guard' });
  // A dropped connection also emits 'error' on the client; unheard, it would crash the process instead of failing a query.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw connectionError(error, address, connectTimeoutMs);
  }
  try {
    return await serverDatabase(client, address, { closeClient: true });
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
}

/**
 * Wraps a node-postgres client that is already connected (one an embedder passed in). `closeClient: false` leaves
 * it open on close(), since its owner decides when it ends.
 */
export async function serverDatabase(client: PgClient, address: DatabaseAddress, { closeClient }: { closeClient: boolean }): Promise<PlanDatabase> {
  const scrubbed = (error: unknown) => asDatabaseError(error, address.secrets);
  let identity: { version: string; num: number };
  try {
    [identity] = (await client.query(IDENTITY_SQL)).rows as { version: string; num: number }[];
  } catch (error) {
    throw scrubbed(error);
  }
  return {
    identity: {
      kind: 'server',
      // `15.18 (Debian 15.18-1.pgdg120+1)`: the first word is the release.
      version: `PostgreSQL ${identity.version.split(' ')[0]}`,
      versionNum: identity.num,
      location: address.location,
    },
    async run(sql) {
      try {
        return (await client.query(sql)).rows as Record<string, unknown>[];
      } catch (error) {
        throw scrubbed(error);
      }
    },
    async query(sql, params = []) {
      try {
        return (await client.query(sql, [...params])).rows as Record<string, unknown>[];
      } catch (error) {
        throw scrubbed(error);
      }
    },
    async close() {
      if (closeClient) await client.end().catch(() => undefined);
    },
  };
}

/** A client an embedder connected and passed in: described by its own fields, left open when the audit ends. */
export function passedInServerDatabase(client: PgClient): Promise<PlanDatabase> {
  const host = client.host || 'localhost';
  const user = client.user ?? 'postgres';
  const database = client.database ?? user;
  const hostPort = `${host.includes(':') ? `[${host}]` : host}:${client.port}`;
  const address: DatabaseAddress = {
    location: `postgres://${encodeURIComponent(user)}@${hostPort}/${encodeURIComponent(database)}`,
    hostPortDatabase: `${hostPort}/${database}`,
    host,
    port: client.port,
    database,
    user,
    secrets: typeof client.password === 'string' && client.password !== '' ? [client.password] : [],
  };
  return serverDatabase(client, address, { closeClient: false });
}

/** node-postgres gives the SQLSTATE as `code` and the 1-based character position as a string. */
function asDatabaseError(error: unknown, secrets: readonly string[]): DatabaseError {
  const fields = typeof error === 'object' && error !== null ? (error as { code?: unknown; position?: unknown }) : {};
  const text = redactSecrets(error instanceof Error ? error.message : String(error), secrets);
  const code = typeof fields.code === 'string' ? fields.code : undefined;
  const position = typeof fields.position === 'string' && fields.position !== '' ? Number(fields.position) : undefined;
  return new DatabaseError(text, code, position);
}
