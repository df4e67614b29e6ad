import { UsageError } from '../../core/config/usage-error.js';
import type { PgParser } from '../sql/pg-parser.js';
import { splitSqlFile } from '../sql/split-sql-file.js';
import type { SqlStatement } from '../sql/sql-statement.js';
import { readPsqlScript, type CopyData, type MetaCommand } from './psql-script.js';
import { upMigration } from './up-migration.js';

/** One thing to do while loading: a statement, a COPY with its rows, or a CREATE EXTENSION (checked before startup). */
export type SchemaStep =
  | { kind: 'sql'; statement: SqlStatement }
  | { kind: 'extension'; statement: SqlStatement; extension: string }
  | {
      kind: 'copy';
      statement: SqlStatement;
      data: CopyData;
      /** The same COPY reading from a file instead of stdin, for engines that take the rows as a file (PGlite's `/dev/blob`). */
      readingFile(path: string): string;
    };

export interface SchemaFile {
  file: string;
  steps: SchemaStep[];
}

/**
 * psql meta-commands that only shape psql's own session (pg_dump's `\restrict` guard, `\connect` between databases
 * of one dump, variables, output): loading into one database ignores them. Any other meta-command does something
 * the loader cannot (run a shell, include a file), so it is refused rather than skipped.
 */
const SESSION_ONLY = new Set(['restrict', 'unrestrict', 'connect', 'c', 'set', 'unset', 'encoding', 'pset', 'echo', 'qecho', 'warn', 'timing', 'pset', 'x']);

/**
 * Reads one schema or seed file into its steps without sending anything: psql meta-commands and COPY data are taken
 * out (pg_dump output loads as psql would load it), a dbmate or goose file keeps only its up migration, and the rest
 * is split into statements by PostgreSQL's own grammar. A syntax error is a UsageError at its line.
 */
export function readSchemaFile(parser: PgParser, setting: string, file: string, text: string): SchemaFile {
  const script = readPsqlScript(upMigration(text));
  for (const command of script.metaCommands) if (!SESSION_ONLY.has(command.name)) throw unsupportedMetaCommand(setting, file, command);
  const copyData = [...script.copyData];
  const steps: SchemaStep[] = [];
  for (const statement of splitSqlFile(parser, file, script.sql)) {
    const head = statement.sql.slice(0, 40).toUpperCase();
    if (head.startsWith('COPY') && copyFromStdin(parser, statement.sql)) {
      const data = copyData.shift() ?? { line: statement.endLine + 1, text: '' };
      steps.push({ kind: 'copy', statement, data, readingFile: (path) => readingFile(parser, statement.sql, path) });
    } else if (/^CREATE\s+EXTENSION\b/.test(head)) {
      steps.push({ kind: 'extension', statement, extension: extensionName(parser, statement.sql) });
    } else steps.push({ kind: 'sql', statement: publicSchemaIfMissing(parser, statement) });
  }
  return { file, steps };
}

/**
 * pg_dump writes `CREATE SCHEMA public;` when it dumps the public schema as an object of its own (PostgreSQL 15's
 * `pg_database_owner` public, or `--schema public`). Every database already has it: psql restoring the dump reports
 * "already exists" and goes on, so the loader reads it as `CREATE SCHEMA IF NOT EXISTS public` to end the same way.
 * Only `public`: any other schema that already exists is a real mistake in the files.
 */
function publicSchemaIfMissing(parser: PgParser, statement: SqlStatement): SqlStatement {
  if (!/^CREATE\s+SCHEMA\s+/i.test(statement.sql)) return statement;
  const node = (parser.parse(statement.sql).stmts?.[0]?.stmt as { CreateSchemaStmt?: { schemaname?: string; if_not_exists?: boolean; schemaElts?: unknown[] } } | undefined)
    ?.CreateSchemaStmt;
  // IF NOT EXISTS cannot be combined with schema elements (CREATE SCHEMA public CREATE TABLE …).
  if (node?.schemaname !== 'public' || node.if_not_exists === true || (node.schemaElts?.length ?? 0) > 0) return statement;
  return { ...statement, sql: statement.sql.replace(/^CREATE\s+SCHEMA\s+/i, 'CREATE SCHEMA IF NOT EXISTS ') };
}

interface CopyNode {
  is_from?: boolean;
  filename?: string;
  is_program?: boolean;
}

function copyFromStdin(parser: PgParser, sql: string): boolean {
  const copy = (parser.parse(sql).stmts?.[0]?.stmt as { CopyStmt?: CopyNode } | undefined)?.CopyStmt;
  return copy !== undefined && copy.is_from === true && copy.filename === undefined && !copy.is_program;
}

function extensionName(parser: PgParser, sql: string): string {
  const node = (parser.parse(sql).stmts?.[0]?.stmt as { CreateExtensionStmt?: { extname?: string } } | undefined)?.CreateExtensionStmt;
  return node?.extname ?? '';
}

/**
 * Swaps the `STDIN` keyword that follows `FROM` (found by the scanner, so a table or column named "stdin" is left
 * alone) for a quoted file path. The parser accepted the statement as COPY FROM stdin, so the keyword is there.
 */
function readingFile(parser: PgParser, sql: string, path: string): string {
  const bytes = Buffer.from(sql, 'utf8');
  const tokens = parser.scan(sql).tokens ?? [];
  const word = (index: number) => (tokens[index] && tokens[index].keywordKind !== 0 ? bytes.subarray(tokens[index].start, tokens[index].end).toString('utf8').toLowerCase() : '');
  const index = tokens.findIndex((_token, position) => word(position) === 'stdin' && word(position - 1) === 'from');
  if (index === -1) throw new Error(`COPY without FROM STDIN reached readingFile: ${sql.slice(0, 80)}`);
  const { start, end } = tokens[index];
  return `${bytes.subarray(0, start).toString('utf8')}'${path.replace(/'/g, "''")}'${bytes.subarray(end).toString('utf8')}`;
}

function unsupportedMetaCommand(setting: string, file: string, command: MetaCommand): UsageError {
  const include = ['i', 'ir', 'include', 'include_relative'].includes(command.name);
  const fix = include
    ? `List the file it includes in ${setting} instead (files load in migration order).`
    : `Remove it: the loader reads SQL and pg_dump's psql commands (\\restrict, \\connect, \\set), and runs nothing outside the database.`;
  return new UsageError(`${setting}: ${file}:${command.line}: psql's \\${command.name} cannot be loaded. ${fix}`);
}
