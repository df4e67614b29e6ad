import { type PlanDatabase } from '../db/plan-database.js';
import type { AuditableStatement } from '../sql/auditable-statement.js';
import type { PgParser } from '../sql/pg-parser.js';
import { type IndexDefinition } from './index-definition.js';
export interface VerificationTimeouts {
    statementTimeoutMs: number;
    lockTimeoutMs: number;
}
export type VerificationResult = {
    outcome: 'planned';
    costAfter: number;
    /** The name the candidate has in the plan (HypoPG's own, e.g. `<16423>btree_orders_status`). */
    plannedName: string;
    /** Every index the new plan uses. */
    planIndexes: string[];
}
/** The server refused: a read-only server, a lock held too long, a name taken. Not the run's failure. */
 | {
    outcome: 'refused';
    reason: string;
};
/**
 * Plans the statement once more with the candidate index present (and the suggestions already kept for it), in a
 * transaction that is always rolled back: with HypoPG the index is hypothetical (and dropped again, since HypoPG's
 * indexes live in the session, not in the transaction); in transaction mode it is built for real under lock_timeout
 * and vanishes with the ROLLBACK. The statement is planned, never run (no ANALYZE), by the same EXPLAIN script as
 * the audit, so generic plans for `$n` statements come out the same way. One planner call per candidate.
 */
export declare function verifyIndex(database: PlanDatabase, parser: PgParser, statement: AuditableStatement, 
/** The candidate last; the ones before it are suggestions already kept for the same statement. */
definitions: readonly IndexDefinition[], mode: 'hypopg' | 'transaction', timeouts: VerificationTimeouts): Promise<VerificationResult>;
