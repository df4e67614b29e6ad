import type { Client } from 'pg';
import { type DatabaseAddress } from './database-url.js';
import { type PlanDatabase } from './plan-database.js';
/** An unreachable server (a dropped packet, a wrong VPN) must fail the run in seconds, not after the OS's minutes. */
export declare const DEFAULT_CONNECT_TIMEOUT_MS = 10000;
export interface ServerDatabaseOptions {
    connectTimeoutMs?: number;
}
/**
 * Connects to the server a `database-url` names and reads what it is. Connection failures become UsageErrors that
 * name the server without its password; afterwards every server error is a DatabaseError with the password
 * scrubbed from its text, since drivers and servers may echo what they were given.
 */
export declare function openServerDatabase(url: string, options?: ServerDatabaseOptions): Promise<PlanDatabase>;
/**
 * Wraps a node-postgres client that is already connected (one an embedder passed in). `closeClient: false` leaves
 * it open on close(), since its owner decides when it ends.
 */
export declare function serverDatabase(client: Client, address: DatabaseAddress, { closeClient }: {
    closeClient: boolean;
}): Promise<PlanDatabase>;
/** A client an embedder connected and passed in: described by its own fields, left open when the audit ends. */
export declare function passedInServerDatabase(client: Client): Promise<PlanDatabase>;
