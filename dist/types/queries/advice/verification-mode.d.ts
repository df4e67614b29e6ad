import type { PlanDatabase } from '../db/plan-database.js';
export declare const VERIFY_INDEXES_SETTINGS: readonly ["auto", "hypopg", "transaction", "off"];
export type VerifyIndexesSetting = (typeof VERIFY_INDEXES_SETTINGS)[number];
/** How candidates are checked by the planner on this database, or why they cannot be. */
export type Verification = {
    mode: 'hypopg' | 'transaction';
} | {
    mode: 'unverifiable';
    reason: string;
} | {
    mode: 'off';
};
/**
 * Decides the verification mode once per database. `auto` uses HypoPG only when the extension is already installed:
 * creating an extension on a shared database is a change nobody asked for. Without it, auto falls back to
 * transaction mode (build the index inside a transaction, EXPLAIN, roll back), which a hot standby cannot do, so
 * there the advice is reported as not verified instead of failing the run.
 */
export declare function resolveVerification(database: PlanDatabase, setting: VerifyIndexesSetting): Promise<Verification>;
/** The `verify-indexes` setting from any door (config file, flag, action input), checked once. */
export declare function readVerifyIndexesSetting(value: unknown): VerifyIndexesSetting;
