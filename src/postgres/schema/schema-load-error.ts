import { UsageError } from '../../core/config/usage-error.js';
import type { DatabaseError } from '../db/plan-database.js';
import { shortened } from '../db/statement-error.js';
import { SourcePositions } from '../sql/source-positions.js';
import type { SqlStatement } from '../sql/sql-statement.js';

/**
 * A statement the database refused while loading: `file:line` of the failing spot (the server's position inside the
 * statement when it gave one, else its first line), the statement, the server's message and SQLSTATE, and a fix
 * that fits the error: only a missing object can come from the order of the files.
 */
export function schemaLoadError(setting: string, targetName: string, statement: SqlStatement, error: DatabaseError): UsageError {
  const line = error.position === undefined ? statement.startLine : statement.startLine + new SourcePositions(statement.sql).lineAndColumn(error.position - 1).line - 1;
  const sqlstate = error.code ? ` (SQLSTATE ${error.code})` : '';
  return new UsageError(
    `${setting}: ${statement.file}:${line}: ${targetName} refused ${JSON.stringify(shortened(statement.sql))}: ${error.message}${sqlstate}. ${fixFor(setting, error.code)}`,
  );
}

/** Undefined table, object, function, column, schema: something an earlier file should have created. */
const MISSING_OBJECT = new Set(['42P01', '42704', '42883', '42703', '3F000']);

function fixFor(setting: string, code: string | undefined): string {
  if (setting === 'seed') return 'Fix the statement; seed files run after every schema file, in name order.';
  if (code !== undefined && MISSING_OBJECT.has(code)) {
    return 'Fix the statement, or the order of the files (schema files run in name order, numbers compared as numbers: 2_ before 10_), and run again.';
  }
  return 'Fix the statement and run again.';
}
