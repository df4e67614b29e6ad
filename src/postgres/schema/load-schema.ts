import { UsageError } from '../../core/config/usage-error.js';
import { DatabaseError } from '../db/plan-database.js';
import type { SqlStatement } from '../sql/sql-statement.js';
import { schemaLoadError } from './schema-load-error.js';
import type { SchemaFile, SchemaStep } from './schema-file.js';
import type { SchemaTarget } from './schema-target.js';

export interface LoadSchemaOptions {
  /** The setting that listed the files (`schema`, `seed`), first word of every message. */
  setting: string;
  log?: (line: string) => void;
}

/** What loading did, for the log and the run's stats. */
export interface LoadedSchema {
  statements: number;
  copiedBlocks: number;
  /** Roles the schema grants to or gives ownership to, created because the database lacked them. */
  createdRoles: string[];
}

/**
 * Loads files already read (and so already checked) into a database, in the order given. The settings pg_dump's
 * prologue makes end with each file, so its `set_config('search_path', '', false)` does not leave every later query
 * unable to find the tables. Roles a dump
 * names in `OWNER TO` or `GRANT` are created when missing (as NOLOGIN roles), since ownership changes no plan.
 * A statement the database refuses is a UsageError naming the file, line, statement and fix.
 */
export async function loadSchema(target: SchemaTarget, files: readonly SchemaFile[], options: LoadSchemaOptions): Promise<LoadedSchema> {
  const loaded: LoadedSchema = { statements: 0, copiedBlocks: 0, createdRoles: [] };
  for (const { file, steps } of files) {
    options.log?.(`queries: applying the ${options.setting} file ${file}`);
    for (const step of steps) {
      await runStep(target, step, options, loaded);
      loaded.statements += 1;
      if (step.kind === 'copy') loaded.copiedBlocks += 1;
    }
    await endSession(target);
  }
  return loaded;
}

/** A role dump statements name that this database lacks: SQLSTATE 42704 with the server's fixed wording. */
const MISSING_ROLE = /^role "((?:[^"]|"")+)" does not exist$/;
/** A statement naming several missing roles (GRANT … TO a, b) gets them one at a time; more than this is a loop. */
const MAX_ROLES_PER_STATEMENT = 16;

async function runStep(target: SchemaTarget, step: SchemaStep, options: LoadSchemaOptions, loaded: LoadedSchema): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      if (step.kind === 'copy') await copyRows(target, step, options.setting);
      else await target.run(step.statement.sql);
      return;
    } catch (error) {
      if (!(error instanceof DatabaseError)) throw error;
      const role = error.code === '42704' ? MISSING_ROLE.exec(error.message)?.[1] : undefined;
      if (role === undefined || attempt >= MAX_ROLES_PER_STATEMENT) throw schemaLoadError(options.setting, target.name, step.statement, error);
      await createRole(target, role, step.statement, options, loaded);
    }
  }
}

async function copyRows(target: SchemaTarget, step: Extract<SchemaStep, { kind: 'copy' }>, setting: string): Promise<void> {
  if (!target.copyRows) throw copyUnsupported(setting, target.name, step.statement);
  await target.copyRows(step.readingFile, step.data.text);
}

async function createRole(target: SchemaTarget, role: string, statement: SqlStatement, options: LoadSchemaOptions, loaded: LoadedSchema): Promise<void> {
  try {
    await target.run(`CREATE ROLE "${role}" NOLOGIN`);
  } catch (error) {
    if (error instanceof DatabaseError) throw schemaLoadError(options.setting, target.name, statement, error);
    throw error;
  }
  loaded.createdRoles.push(role.replace(/""/g, '"'));
  options.log?.(`queries: created the role ${role} (NOLOGIN) that ${statement.file}:${statement.startLine} names`);
}

/**
 * The settings pg_dump's prologue writes for its own restore (PostgreSQL 12 to 18): `search_path` emptied so every
 * name must be qualified, timeouts off, function bodies unchecked, row security off. They end with the file, as
 * they would with psql's session; a setting the schema chose on purpose (`SET random_page_cost = 1.1`, to plan as
 * production does) stays for the audit.
 */
const RESTORE_SETTINGS = [
  'search_path',
  'statement_timeout',
  'lock_timeout',
  'idle_in_transaction_session_timeout',
  'transaction_timeout',
  'client_encoding',
  'standard_conforming_strings',
  'check_function_bodies',
  'xmloption',
  'client_min_messages',
  'row_security',
  'default_tablespace',
  'default_table_access_method',
];

/**
 * Puts the restore settings back to the session's defaults (through pg_settings, so a setting an older server lacks
 * is skipped rather than an error), and the role and session authorization a dump may have switched to.
 */
async function endSession(target: SchemaTarget): Promise<void> {
  const names = RESTORE_SETTINGS.map((name) => `'${name}'`).join(', ');
  await target.run(`SELECT pg_catalog.set_config(name, reset_val, false) FROM pg_catalog.pg_settings WHERE name IN (${names}) AND setting IS DISTINCT FROM reset_val`);
  await target.run('RESET ROLE');
  await target.run('SET SESSION AUTHORIZATION DEFAULT');
}

function copyUnsupported(setting: string, name: string, statement: SqlStatement): UsageError {
  return new UsageError(
    `${setting}: ${statement.file}:${statement.startLine}: ${name} cannot take the rows of ${JSON.stringify(statement.sql.replace(/\s+/g, ' ').slice(0, 80))}. Load the data in the embedded database, or as INSERT statements (pg_dump --inserts).`,
  );
}
