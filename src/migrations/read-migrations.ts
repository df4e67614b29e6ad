import { readFileSync } from 'node:fs';
import { toList, type Config } from '../core/config/config.js';
import { UsageError } from '../core/config/usage-error.js';
import { resolveInputFiles, type InputFileKind } from '../postgres/input-files.js';
import { orderMigrations } from '../postgres/schema/migration-order.js';
import { readSchemaFile, type SchemaFile } from '../postgres/schema/schema-file.js';
import type { PgParser } from '../postgres/sql/pg-parser.js';
import type { MigrationStatement, ParseNode } from './migration-statement.js';
import { sqlDirectives, type FileDirectives } from './sql-directives.js';

const MIGRATION_FILES: InputFileKind = {
  setting: 'migrations',
  what: 'SQL migration files',
  one: 'a SQL migration file',
  noun: 'migration files',
  extension: 'sql',
  example: "predator-guard migrations 'db/migrations/*.sql' or migrations: ['db/migrations/*.sql']",
};

export interface MigrationFile {
  file: string;
  statements: MigrationStatement[];
  directives: FileDirectives;
  /** The same file as the schema loader reads it (COPY rows included), for applying it to a database. */
  schema: SchemaFile;
}

/**
 * The `migrations` setting's files in the order their tool applies them (Flyway, golang-migrate and dbmate, sqitch,
 * Prisma, else natural name order: the query audit's loader decides), each read as psql would (meta-commands out,
 * only a dbmate/goose file's up part) and split by PostgreSQL's own grammar. Everything is read before any rule
 * runs, so a file that does not parse stops the run at its line (exit 2) before a half-checked report exists.
 */
export function readMigrations(parser: PgParser, config: Config, log?: (line: string) => void): MigrationFile[] {
  const value = config.settings.migrations;
  if (value === undefined || (Array.isArray(value) && value.length === 0)) {
    throw new UsageError(`migrations: nothing to check. Pass SQL migration files or globs, e.g. ${MIGRATION_FILES.example}.`);
  }
  if (typeof value !== 'string' && !(Array.isArray(value) && value.every((item) => typeof item === 'string'))) {
    throw new UsageError(`migrations: got ${JSON.stringify(value)}; expected a file, a glob, or a list of them, e.g. ${MIGRATION_FILES.example}.`);
  }
  const ordered = orderMigrations(resolveInputFiles(config.root, toList(value), MIGRATION_FILES), 'migrations');
  for (const { folder, tool, left } of ordered.folders) {
    if (tool !== 'name order') log?.(`migrations: files in ${folder} run in ${tool}'s order${left.length > 0 ? `, leaving out ${left.length} it never applies` : ''}`);
  }
  return ordered.files.map(({ absolute, file }) => readMigrationText(parser, file, readText(absolute, file)));
}

/** One migration's text read into statements with their parse trees, and its suppression directives. */
export function readMigrationText(parser: PgParser, file: string, text: string): MigrationFile {
  const schemaFile = readSchemaFile(parser, 'migrations', file, text);
  const statements = schemaFile.steps.map(({ statement }) => {
    const stmt = (parser.parse(statement.sql).stmts?.[0]?.stmt ?? {}) as Record<string, ParseNode>;
    const [kind = 'Unknown'] = Object.keys(stmt);
    return { ...statement, kind, node: stmt[kind] ?? {} };
  });
  return { file, statements, directives: sqlDirectives(parser, text), schema: schemaFile };
}

function readText(absolute: string, file: string): string {
  try {
    return readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new UsageError(`migrations: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}. Check the file's permissions.`);
  }
}
