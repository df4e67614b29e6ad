import { UsageError } from '../../core/config/usage-error.js';
import type { DatabaseAddress } from './database-url.js';
import { redactSecrets } from './redact-secrets.js';

/** What went wrong while connecting, and what the user can change about it. */
interface Diagnosis {
  problem: string;
  fix: string;
}

const URL_FIX = 'Fix the database URL (keep it in a secret, e.g. database-url: ${{ secrets.DATABASE_URL }}).';

/**
 * A failed connection is the user's to fix (a stopped server, a wrong host, password or database), so it becomes a
 * UsageError (exit 2) naming where it tried, never the password, and what to change. node-postgres reports socket
 * failures with Node's error codes and the server's refusals with SQLSTATEs.
 */
export function connectionError(error: unknown, address: DatabaseAddress, connectTimeoutMs: number): UsageError {
  const { problem, fix } = diagnose(error, address, connectTimeoutMs);
  const message = `database-url: cannot connect to ${address.location}: ${problem}. ${fix}`;
  return new UsageError(redactSecrets(message, address.secrets));
}

function diagnose(error: unknown, address: DatabaseAddress, connectTimeoutMs: number): Diagnosis {
  const code = errorCode(error);
  const text = error instanceof Error ? error.message : String(error);
  const hostPort = address.hostPortDatabase.slice(0, address.hostPortDatabase.lastIndexOf('/'));
  switch (code) {
    case 'ECONNREFUSED':
      return { problem: `connection refused (nothing listens on ${hostPort})`, fix: 'Start the server, or fix the host and port in the database URL.' };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return {
        problem: `the host '${address.host}' is unknown (DNS lookup failed)`,
        fix: 'Fix the host name in the database URL; a GitHub Actions service container mapped to a port is reached as localhost.',
      };
    case '28P01':
      return { problem: `password authentication failed for user "${address.user}"`, fix: `Give the right user and password. ${URL_FIX}` };
    case '28000':
      return { problem: `the server refused the login: ${text}`, fix: 'Allow this client in pg_hba.conf, or connect as a user that may log in.' };
    case '3D000':
      return { problem: `database "${address.database}" does not exist`, fix: 'Create it, or fix the database name at the end of the URL.' };
    default:
      break;
  }
  if (/timeout/i.test(text)) {
    return {
      problem: `no answer within ${connectTimeoutMs / 1000}s`,
      fix: `Check that ${hostPort} is reachable from this machine (firewall, VPN, security group) and that the host and port are right.`,
    };
  }
  if (/SASL|password must be a string/i.test(text)) {
    return { problem: 'the server asks for a password and the URL gives none', fix: `Put the password in the URL or in PGPASSWORD. ${URL_FIX}` };
  }
  return { problem: text, fix: URL_FIX };
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
