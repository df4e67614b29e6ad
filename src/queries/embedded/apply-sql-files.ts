import { readFileSync } from 'node:fs';
import { UsageError } from '../../core/config/usage-error.js';
import type { PlanDatabase } from '../../postgres/db/plan-database.js';
import type { PlanFile } from '../../postgres/input-files.js';
import type { PgParser } from '../../postgres/sql/pg-parser.js';
import { loadSchema } from '../../postgres/schema/load-schema.js';
import { readSchemaFile, type SchemaFile } from '../../postgres/schema/schema-file.js';
import type { SchemaTarget } from '../../postgres/schema/schema-target.js';

/** The two settings whose files load the embedded database. */
export type LoadingSetting = 'schema' | 'seed';

/**
 * Reads every file of a setting before anything is sent, so a syntax error or an unsupported psql command fails
 * before the embedded database starts.
 */
export function readSqlFiles(parser: PgParser, setting: LoadingSetting, files: readonly PlanFile[]): SchemaFile[] {
  return files.map(({ absolute, file }) => readSchemaFile(parser, setting, file, readSqlText(setting, absolute, file)));
}

/** Reads and loads a setting's files statement by statement (see loadSchema), so a failure points at its own line. */
export async function applySqlFiles(
  database: PlanDatabase & Partial<SchemaTarget>,
  parser: PgParser,
  setting: LoadingSetting,
  files: readonly PlanFile[],
  log?: (line: string) => void,
): Promise<void> {
  await loadSchema(asTarget(database), readSqlFiles(parser, setting, files), { setting, log });
}

/** A PlanDatabase as the loader's target: the embedded one names itself and takes COPY rows. */
export function asTarget(database: PlanDatabase & Partial<SchemaTarget>): SchemaTarget {
  return { name: database.name ?? 'the server', run: (sql) => database.run(sql), copyRows: database.copyRows?.bind(database) };
}

function readSqlText(setting: LoadingSetting, absolute: string, file: string): string {
  try {
    return readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new UsageError(`${setting}: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}. Check the file's permissions.`);
  }
}
