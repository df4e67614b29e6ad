import type { PlanFile } from './plan/plan-files.js';
import { type AuditableStatement } from './sql/auditable-statement.js';
import type { PgParser } from './sql/pg-parser.js';
/**
 * Reads, splits and checks every SQL file before the database is touched: a statement that does not parse or may
 * not be audited (transaction control, DDL, VACUUM) stops the run with its file and line, and nothing has been sent.
 */
export declare function readSqlFiles(parser: PgParser, files: readonly PlanFile[]): AuditableStatement[];
