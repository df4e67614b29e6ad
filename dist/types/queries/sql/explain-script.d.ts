import type { AuditableStatement } from './auditable-statement.js';
import type { PgParser } from './pg-parser.js';
export interface ExplainSettings {
    /** EXPLAIN ANALYZE runs the statement (then rolls it back); without it the plan is the planner's estimate. */
    analyze: boolean;
    statementTimeoutMs: number;
    lockTimeoutMs: number;
    /** `server_version_num`, e.g. 150004 or 180001. */
    serverVersionNum: number;
}
/** The exact commands the executor sends, one per round trip, for one statement. */
export interface ExplainScript {
    steps: string[];
    /** The index in `steps` whose result is the plan. */
    planStep: number;
    /** Sent instead of the remaining steps once one fails, so nothing the audit did outlives it. */
    afterFailure: string[];
    readOnly: boolean;
    /** Whether ANALYZE really runs; a statement with parameters never does. */
    analyze: boolean;
    /** A generic plan for `$n` parameters: estimates only, and the report must say so. */
    estimateOnly: boolean;
}
/** The name of the audit's prepared statement; prefixed so it cannot clash with the application's. */
export declare const PREPARED_STATEMENT_NAME = "predator_guard_statement";
/**
 * Every EXPLAIN runs inside BEGIN … ROLLBACK with statement and lock timeouts scoped to that transaction (SET
 * LOCAL), READ ONLY unless the statement writes. A statement with `$n` parameters has no values to run with, so it
 * gets a generic plan: `EXPLAIN (GENERIC_PLAN)` from PostgreSQL 16, and before that PREPARE + a forced generic plan
 * + `EXPLAIN EXECUTE s(NULL, …)`. PREPARE is not transactional, so DEALLOCATE follows the rollback.
 */
export declare function explainScript(parser: PgParser, statement: AuditableStatement, settings: ExplainSettings): ExplainScript;
