import { UsageError } from '../../core/config/usage-error.js';
import type { DatabaseAddress } from './database-url.js';
/**
 * A failed connection is the user's to fix (a stopped server, a wrong host, password or database), so it becomes a
 * UsageError (exit 2) naming where it tried, never the password, and what to change. node-postgres reports socket
 * failures with Node's error codes and the server's refusals with SQLSTATEs.
 */
export declare function connectionError(error: unknown, address: DatabaseAddress, connectTimeoutMs: number): UsageError;
