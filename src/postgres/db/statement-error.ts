import { UsageError } from '../../core/config/usage-error.js';
import { statementLocation, type SqlStatement } from '../sql/sql-statement.js';
import type { DatabaseError } from './plan-database.js';

/** The limits the statement ran under, so a timeout's message says which one it hit. */
export interface StatementLimits {
  statementTimeoutMs: number;
  lockTimeoutMs: number;
}

const SHOWN_STATEMENT_LENGTH = 80;

/**
 * A statement the server refused (a missing table, a timeout, a write in a read-only transaction) is the user's to
 * fix, so it fails the run (exit 2) with the statement's place and text, the server's own message and SQLSTATE,
 * and what to change.
 */
export function statementError(statement: SqlStatement, error: DatabaseError, limits: StatementLimits): StatementRefusedError {
  const sqlstate = error.code ? ` (SQLSTATE ${error.code})` : '';
  const fix = fixFor(error.code, limits);
  return new StatementRefusedError(
    `${statementLocation(statement)}: the server refused ${JSON.stringify(shortened(statement.sql))}: ${error.message}${sqlstate}. ${fix}`,
    error,
    fix,
  );
}

/**
 * The server's refusal of one statement. With a SQLSTATE the statement is at fault and the SQL audit reports it as a
 * sql-error finding while the other statements go on; without one the connection failed, and the run stops (exit 2).
 */
export class StatementRefusedError extends UsageError {
  constructor(
    message: string,
    readonly serverError: DatabaseError,
    readonly fix: string,
  ) {
    super(message);
  }
}

function fixFor(code: string | undefined, limits: StatementLimits): string {
  switch (code) {
    case '57014':
      return `It ran longer than statement-timeout (${limits.statementTimeoutMs}ms): raise statement-timeout, or audit without analyze so the statement is planned, not run.`;
    case '55P03':
      return `It waited longer than lock-timeout (${limits.lockTimeoutMs}ms) for a lock another session holds: audit when no migration or long transaction holds the table, or raise lock-timeout.`;
    case '25006':
      return 'It writes (through a function) although it reads as a query, and queries run READ ONLY: audit it without analyze, or write it as the INSERT/UPDATE/DELETE it performs.';
    case '42P01':
    case '42703':
    case '42883':
    case '3F000':
      return 'The audited database lacks what the statement uses: apply the migrations (the schema files) to it first, or fix the name.';
    case undefined:
      // No SQLSTATE: the driver failed, not the statement (the connection dropped, the server shut down).
      return 'The connection failed before the server answered: check that the server is up and reachable (its log says why), then run again.';
    default:
      return 'Fix the statement, or the database it runs against, so the server accepts it.';
  }
}

/** One line, at most 80 characters: enough to recognise the statement in a message without pasting all of it. */
export function shortened(sql: string): string {
  const oneLine = sql.replace(/\s+/g, ' ').trim();
  return oneLine.length <= SHOWN_STATEMENT_LENGTH ? oneLine : `${oneLine.slice(0, SHOWN_STATEMENT_LENGTH - 1)}…`;
}
