import type { PGlite } from '@electric-sql/pglite';
import { type DatabaseIdentity, type PlanDatabase } from '../db/plan-database.js';
/**
 * The embedded default as a PlanDatabase: PGlite runs PostgreSQL in this process, so there is no URL, no password
 * and no network. `run` goes through `exec` (the simple query protocol) because `query` always binds, and a bind
 * with no parameters makes `EXPLAIN (GENERIC_PLAN) … $1` fail with "bind message supplies 0 parameters".
 */
export declare class PgliteDatabase implements PlanDatabase {
    private readonly db;
    readonly identity: DatabaseIdentity;
    private constructor();
    /** PGlite is single-process (no parallel workers) and sets its own search_path; none of it is the application's. */
    readonly engineSettings: readonly ["max_parallel_workers", "max_parallel_workers_per_gather", "search_path"];
    static over(db: PGlite): Promise<PgliteDatabase>;
    run(sql: string): Promise<Record<string, unknown>[]>;
    query(sql: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]>;
    close(): Promise<void>;
}
