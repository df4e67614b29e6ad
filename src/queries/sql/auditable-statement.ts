import type { Node } from 'libpg-query';
import { UsageError } from '../../core/config/usage-error.js';
import type { PgParser } from '../../postgres/sql/pg-parser.js';
import { locksRows, statementAccess, type StatementAccess } from './statement-access.js';
import { unsafeCall } from './unsafe-functions.js';
import { statementLabel } from './statement-label.js';
import { parameterCount } from './statement-parameters.js';
import { nodeEntry, refusalOf, type Refusal } from './statement-refusal.js';
import { sqlParseError } from '../../postgres/sql/sql-parse-error.js';
import { statementLocation, type SqlStatement } from '../../postgres/sql/sql-statement.js';

/** A statement checked to be exactly one query or DML statement, with what the executor must know about it. */
export interface AuditableStatement extends SqlStatement {
  node: Node;
  access: StatementAccess;
  /** The highest `$n`; above 0 the plan is generic and estimate-only. */
  parameterCount: number;
  /** A read-only statement with FOR UPDATE/SHARE: it stays READ ONLY, so ANALYZE (which would run it) is skipped. */
  locksRows: boolean;
}

/**
 * Checks one statement slot on its own, whatever produced it: the slot is parsed again, so text holding two
 * statements (`SELECT 1; COMMIT`) is refused here rather than trusted because a splitter made it.
 */
export function auditableStatement(parser: PgParser, statement: SqlStatement): AuditableStatement {
  const checked = checkStatement(parser, statement);
  if ('refusal' in checked) {
    const { refusal } = checked;
    throw new UsageError(`${statementLocation(statement)}: ${refusal.label} cannot be audited: ${refusal.reason}. ${refusal.fix}`);
  }
  return checked.statement;
}

/** The statement ready to audit, or why it may not be explained (the run goes on without it). */
export type CheckedStatement = { statement: AuditableStatement } | { refusal: Refusal; node?: Node };

/** As auditableStatement, but a refusal is returned, not thrown: the caller reports it and audits the others. */
export function checkStatement(parser: PgParser, statement: SqlStatement): CheckedStatement {
  const location = statementLocation(statement);
  let parsed;
  try {
    parsed = parser.parse(statement.sql).stmts ?? [];
  } catch (error) {
    throw sqlParseError(statement.file, statement.sql, error, statement.startLine - 1);
  }
  const nodes = parsed.flatMap((raw) => (raw.stmt ? [raw.stmt] : []));
  if (nodes.length !== 1) {
    const found = nodes.length === 0 ? 'none' : `${nodes.length} (${nodes.map((node) => statementLabel(...nodeEntry(node))).join(', ')})`;
    throw new UsageError(
      `${location}: expected exactly one statement to EXPLAIN, found ${found}. Give each statement its own slot: in a SQL file, end each one with ';'.`,
    );
  }
  const [node] = nodes;
  const refusal = refusalOf(node);
  if (refusal) return { refusal, node };
  const unsafe = unsafeCall(node);
  if (unsafe) {
    return {
      refusal: { label: statementLabel(...nodeEntry(node)), reason: `it calls ${unsafe.call}, which ${unsafe.reason}, and a rollback cannot undo that`, fix: 'Audit the statement without that call.', kind: 'unsafe-function' },
      node,
    };
  }
  const access = statementAccess(node);
  return { statement: { ...statement, node, access, parameterCount: parameterCount(node), locksRows: access === 'read-only' && locksRows(node) } };
}
