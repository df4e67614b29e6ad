import { readFileSync } from 'node:fs';
import { UsageError } from '../core/config/usage-error.js';
import type { PlanFile } from '../postgres/input-files.js';
import { checkStatement, type AuditableStatement } from './sql/auditable-statement.js';
import { fileParameters, findParameters, readParameters, type ParamsStyle } from './sql/parameter-styles.js';
import type { PgParser } from '../postgres/sql/pg-parser.js';
import type { SqlStatement } from '../postgres/sql/sql-statement.js';
import { splitSqlTolerant, type SqlParseFailure } from './sql/split-sql-tolerant.js';
import type { Refusal } from './sql/statement-refusal.js';

/** One statement of the SQL files, in file order, with what the audit will do with it. */
export type SqlItem =
  | { kind: 'audit'; statement: AuditableStatement }
  /** Refused before any database: reported as statement-not-audited (DDL may be applied as schema instead). */
  | { kind: 'refused'; statement: SqlStatement; refusal: Refusal }
  /** A stretch of a file that does not parse: a sql-error finding, the rest of the file is still audited. */
  | { kind: 'unparsed'; failure: SqlParseFailure };

/**
 * Reads, splits and checks every SQL file before the database is touched. Nothing here stops the run but an
 * unreadable file or files with no statement at all: a statement that does not parse or may not be explained is
 * an item of its own, reported in its place while the others are audited.
 */
export function readSqlFiles(parser: PgParser, files: readonly PlanFile[], paramsStyle: ParamsStyle = 'auto'): SqlItem[] {
  const items: SqlItem[] = [];
  for (const { absolute, file } of files) {
    const { statements, failures } = splitSqlTolerant(parser, file, readSqlText(absolute, file));
    const found = statements.map((statement) => ({ statement, found: findParameters(parser, statement.sql) }));
    const inFile = fileParameters(found);
    const fileItems: SqlItem[] = [
      ...failures.map((failure): SqlItem => ({ kind: 'unparsed', failure })),
      ...found.map(({ statement, found: markers }): SqlItem => {
        const read = readParameters(statement, markers, paramsStyle, inFile);
        if ('refusal' in read) return { kind: 'refused', statement, refusal: { label: 'the statement', reason: read.refusal, fix: '', kind: 'parameters' } };
        const checked = checkStatement(parser, read.statement);
        return 'refusal' in checked ? { kind: 'refused', statement, refusal: checked.refusal } : { kind: 'audit', statement: checked.statement };
      }),
    ];
    items.push(...fileItems.sort((a, b) => startLine(a) - startLine(b)));
  }
  // An audit of nothing would pass the gate as if every query were fine.
  if (items.length > 0) return items;
  const names = files.map(({ file }) => file).join(', ');
  throw new UsageError(`queries: ${names} ${files.length === 1 ? 'holds' : 'hold'} no SQL statement (only comments or blank lines). Give the files that hold the queries to audit.`);
}

function startLine(item: SqlItem): number {
  return item.kind === 'unparsed' ? item.failure.startLine : item.statement.startLine;
}

function readSqlText(absolute: string, file: string): string {
  try {
    return readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new UsageError(`queries: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}. Check the file's permissions.`);
  }
}
