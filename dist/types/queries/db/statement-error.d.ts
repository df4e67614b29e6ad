import { UsageError } from '../../core/config/usage-error.js';
import { type SqlStatement } from '../sql/sql-statement.js';
import type { DatabaseError } from './plan-database.js';
/** The limits the statement ran under, so a timeout's message says which one it hit. */
export interface StatementLimits {
    statementTimeoutMs: number;
    lockTimeoutMs: number;
}
/**
 * A statement the server refused (a missing table, a timeout, a write in a read-only transaction) is the user's to
 * fix, so it fails the run (exit 2) with the statement's place and text, the server's own message and SQLSTATE,
 * and what to change.
 */
export declare function statementError(statement: SqlStatement, error: DatabaseError, limits: StatementLimits): UsageError;
/** One line, at most 80 characters: enough to recognise the statement in a message without pasting all of it. */
export declare function shortened(sql: string): string;
