import type { Deps } from '../core/analyzer.js';
import type { Config } from '../core/config/config.js';
import type { PlanDatabase } from './db/plan-database.js';
export interface OpenedDatabase {
    database: PlanDatabase;
    /** Rows per table the embedded database was filled with, so the report says what sizes the plans saw. */
    rowCounts?: Record<string, number>;
}
/**
 * The database the SQL files are explained on: a client the embedder passed in, else the server `database-url`
 * names, else the embedded default (PGlite, loaded with the schema and seed files). The embedded database is
 * imported on demand, so a run against a server never loads PGlite.
 */
export declare function openPlanDatabase(config: Config, deps: Deps): Promise<OpenedDatabase>;
