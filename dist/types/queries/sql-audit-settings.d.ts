import type { Config } from '../core/config/config.js';
import type { SqlAuditSettings } from './audit-sql-files.js';
/**
 * The EXPLAIN settings of a SQL audit. `analyze` defaults to off against a server, which may be a shared staging
 * replica where running every statement costs others, and to on for the embedded database, which is the run's own.
 */
export declare function readSqlAuditSettings(config: Config, embedded: boolean): SqlAuditSettings;
