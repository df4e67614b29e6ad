import { registerSecret } from '../../core/secrets.js';
import { UsageError } from '../../core/config/usage-error.js';

/** Where a database URL points, and the secrets in it that no message may ever show. */
export interface DatabaseAddress {
  /** `postgres://app@db.internal:5432/app`: the URL without password and query parameters. */
  location: string;
  /** `db.internal:5432/app`, for messages that already say what it is. */
  hostPortDatabase: string;
  host: string;
  port: number;
  database: string;
  user: string;
  /** Every form a password may take in text: as written in the URL and decoded. */
  secrets: string[];
}

const SCHEMES = new Set(['postgres:', 'postgresql:']);
const DEFAULT_PORT = 5432;
const EXPECTED_FORM = 'postgres://USER:PASSWORD@HOST:PORT/DATABASE';

/**
 * Reads the parts of a `database-url` that messages and the report may name. The value itself is never echoed:
 * a URL that does not parse may still hold a password.
 */
export function describeDatabaseUrl(url: string): DatabaseAddress {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`database-url: the value is not a URL (not shown: it may hold a password). Expected ${EXPECTED_FORM}, e.g. postgres://ci:ci@localhost:5432/app.`);
  }
  if (!SCHEMES.has(parsed.protocol)) {
    throw new UsageError(`database-url: the scheme is '${parsed.protocol}'; expected ${EXPECTED_FORM} (postgres:// or postgresql://).`);
  }
  const host = parsed.hostname.replace(/^\[(.+)\]$/, '$1') || 'localhost';
  const port = parsed.port === '' ? DEFAULT_PORT : Number(parsed.port);
  const user = decodeURIComponent(parsed.username) || (process.env.PGUSER ?? 'postgres');
  const database = decodeURIComponent(parsed.pathname.slice(1)) || user;
  const hostPort = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    location: `${parsed.protocol}//${encodeURIComponent(user)}@${hostPort}/${encodeURIComponent(database)}`,
    hostPortDatabase: `${hostPort}/${database}`,
    host,
    port,
    database,
    user,
    secrets: passwordForms(parsed),
  };
}

/**
 * The password as written (percent-encoded) and decoded, from the URL's user part and a `password` parameter, and
 * PGPASSWORD, which node-postgres falls back to when the URL has none.
 */
function passwordForms(parsed: URL): string[] {
  const written = [parsed.password, parsed.searchParams.get('password') ?? '', process.env.PGPASSWORD ?? ''];
  const forms = [...new Set(written.flatMap((secret) => [secret, safeDecode(secret)]).filter((secret) => secret.length > 0))];
  // Registered for the one redaction step of every output (and the runner's masking, in the action).
  for (const secret of forms) registerSecret(secret);
  return forms;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
