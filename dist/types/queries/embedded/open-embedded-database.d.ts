import type { Deps } from '../../core/analyzer.js';
import type { Config } from '../../core/config/config.js';
import type { PlanDatabase } from '../db/plan-database.js';
export interface EmbeddedDatabase {
    database: PlanDatabase;
    /** Rows per user table once loaded (seeds plus generated rows): the sizes the plans saw. */
    rowCounts: Record<string, number>;
}
/**
 * The embedded default: PGlite in this process, loaded with the `schema` files (in name order), then the `seed`
 * files, then `table-rows` generated rows, then ANALYZE so the planner's statistics describe that data. Every
 * setting is checked before PGlite starts, so a typo fails in milliseconds rather than after the startup.
 */
export declare function openEmbeddedDatabase(config: Config, deps: Deps): Promise<EmbeddedDatabase>;
