import { readFileSync } from 'node:fs';
import { UsageError } from '../core/config/usage-error.js';
import type { PlanFile } from '../postgres/input-files.js';
import { auditableStatement, type AuditableStatement } from './sql/auditable-statement.js';
import type { PgParser } from '../postgres/sql/pg-parser.js';
import { splitSqlFile } from '../postgres/sql/split-sql-file.js';

/**
 * Reads, splits and checks every SQL file before the database is touched: a statement that does not parse or may
 * not be audited (transaction control, DDL, VACUUM) stops the run with its file and line, and nothing has been sent.
 */
export function readSqlFiles(parser: PgParser, files: readonly PlanFile[]): AuditableStatement[] {
  const statements = files.flatMap(({ absolute, file }) => splitSqlFile(parser, file, readSqlText(absolute, file)).map((statement) => auditableStatement(parser, statement)));
  // An audit of nothing would pass the gate as if every query were fine.
  if (statements.length > 0) return statements;
  const names = files.map(({ file }) => file).join(', ');
  throw new UsageError(`queries: ${names} ${files.length === 1 ? 'holds' : 'hold'} no SQL statement (only comments or blank lines). Give the files that hold the queries to audit.`);
}

function readSqlText(absolute: string, file: string): string {
  try {
    return readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new UsageError(`queries: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}. Check the file's permissions.`);
  }
}
