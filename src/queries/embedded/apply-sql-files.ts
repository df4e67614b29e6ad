import { readFileSync } from 'node:fs';
import { UsageError } from '../../core/config/usage-error.js';
import { DatabaseError, type PlanDatabase } from '../db/plan-database.js';
import { shortened } from '../db/statement-error.js';
import type { PlanFile } from '../plan/plan-files.js';
import type { PgParser } from '../sql/pg-parser.js';
import { SourcePositions } from '../sql/source-positions.js';
import { splitSqlFile } from '../sql/split-sql-file.js';
import type { SqlStatement } from '../sql/sql-statement.js';

/** The two settings whose files load the embedded database, and what to tell the user when one fails. */
export type LoadingSetting = 'schema' | 'seed';

const FIX: Record<LoadingSetting, string> = {
  schema: 'Fix the statement, or the order of the files (schema files run in name order, numbers compared as numbers: 2_ before 10_), and run again.',
  seed: 'Fix the statement; seed files run after every schema file, in name order.',
};

/**
 * Runs each file statement by statement, so a failure points at the statement's own line rather than at the file.
 * Statements go over the simple protocol, as psql would send them, so a migration's BEGIN/COMMIT, DO blocks and
 * function bodies work unchanged.
 */
export async function applySqlFiles(
  database: PlanDatabase,
  parser: PgParser,
  setting: LoadingSetting,
  files: readonly PlanFile[],
  log?: (line: string) => void,
): Promise<void> {
  for (const { absolute, file } of files) {
    log?.(`queries: applying the ${setting} file ${file}`);
    for (const statement of splitSqlFile(parser, file, readSqlText(setting, absolute, file))) {
      try {
        await database.run(statement.sql);
      } catch (error) {
        if (error instanceof DatabaseError) throw refusedStatement(setting, statement, error);
        throw error;
      }
    }
  }
}

function readSqlText(setting: LoadingSetting, absolute: string, file: string): string {
  try {
    return readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new UsageError(`${setting}: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}. Check the file's permissions.`);
  }
}

/** `file:line` of the failing spot: the server's position inside the statement when it gave one, else its first line. */
function refusedStatement(setting: LoadingSetting, statement: SqlStatement, error: DatabaseError): UsageError {
  const line = error.position === undefined ? statement.startLine : statement.startLine + new SourcePositions(statement.sql).lineAndColumn(error.position - 1).line - 1;
  const sqlstate = error.code ? ` (SQLSTATE ${error.code})` : '';
  return new UsageError(
    `${setting}: ${statement.file}:${line}: the embedded database refused ${JSON.stringify(shortened(statement.sql))}: ${error.message}${sqlstate}. ${FIX[setting]}`,
  );
}
