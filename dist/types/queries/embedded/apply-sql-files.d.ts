import { type PlanDatabase } from '../db/plan-database.js';
import type { PlanFile } from '../plan/plan-files.js';
import type { PgParser } from '../sql/pg-parser.js';
/** The two settings whose files load the embedded database, and what to tell the user when one fails. */
export type LoadingSetting = 'schema' | 'seed';
/**
 * Runs each file statement by statement, so a failure points at the statement's own line rather than at the file.
 * Statements go over the simple protocol, as psql would send them, so a migration's BEGIN/COMMIT, DO blocks and
 * function bodies work unchanged.
 */
export declare function applySqlFiles(database: PlanDatabase, parser: PgParser, setting: LoadingSetting, files: readonly PlanFile[], log?: (line: string) => void): Promise<void>;
