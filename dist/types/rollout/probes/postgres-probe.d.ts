import type { Client, ClientConfig } from 'pg';
import type { PostgresProbe, ProbeCheck } from './health-probe.js';
/** Makes the node-postgres client a check uses; passed in so an embedder can supply its own (TLS, a pool's). */
export type PostgresClientFactory = (config: ClientConfig) => Client;
/**
 * One `SELECT 1` over a fresh connection: it proves the server accepts connections and answers queries, which is
 * what a release that migrates or exhausts a database breaks. A fresh connection each time, because a kept one
 * would hide a server that stopped accepting new ones. The reason is PostgreSQL's (or the socket's) own message.
 */
export declare function checkPostgresProbe(probe: PostgresProbe, env?: NodeJS.ProcessEnv, createClient?: PostgresClientFactory): Promise<ProbeCheck>;
/** The server the probe reaches, as messages may show it: no password, and the variable's name when it came from one. */
export declare function postgresProbeEndpoint(probe: PostgresProbe, env?: NodeJS.ProcessEnv): string;
