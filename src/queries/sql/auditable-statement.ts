import type { Node } from 'libpg-query';
import { UsageError } from '../../core/config/usage-error.js';
import type { PgParser } from '../../postgres/sql/pg-parser.js';
import { statementAccess, type StatementAccess } from './statement-access.js';
import { statementLabel } from './statement-label.js';
import { parameterCount } from './statement-parameters.js';
import { nodeEntry, refusalOf } from './statement-refusal.js';
import { sqlParseError } from '../../postgres/sql/sql-parse-error.js';
import { statementLocation, type SqlStatement } from '../../postgres/sql/sql-statement.js';

/** A statement checked to be exactly one query or DML statement, with what the executor must know about it. */
export interface AuditableStatement extends SqlStatement {
  node: Node;
  access: StatementAccess;
  /** The highest `$n`; above 0 the plan is generic and estimate-only. */
  parameterCount: number;
}

/**
 * Checks one statement slot on its own, whatever produced it: the slot is parsed again, so text holding two
 * statements (`SELECT 1; COMMIT`) is refused here rather than trusted because a splitter made it.
 */
export function auditableStatement(parser: PgParser, statement: SqlStatement): AuditableStatement {
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
  if (refusal) throw new UsageError(`${location}: ${refusal.label} cannot be audited: ${refusal.reason}. ${refusal.fix}`);
  return { ...statement, node, access: statementAccess(node), parameterCount: parameterCount(node) };
}
