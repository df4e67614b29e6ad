import type { Config } from '../../core/config/config.js';
import { toList } from '../../core/config/config.js';
import { UsageError } from '../../core/config/usage-error.js';
import { resolveInputFiles, type InputFileKind, type PlanFile } from '../../postgres/input-files.js';
import { orderMigrations } from '../../postgres/schema/migration-order.js';
import type { LoadingSetting } from './apply-sql-files.js';

const KINDS: Record<LoadingSetting, InputFileKind> = {
  schema: {
    setting: 'schema',
    what: 'SQL schema files (migrations)',
    one: 'a SQL schema (migration) file',
    noun: 'schema files',
    extension: 'sql',
    example: "--schema db/schema.sql or schema: ['db/migrations/*.sql']",
  },
  seed: {
    setting: 'seed',
    what: 'SQL seed files',
    one: 'a SQL seed file',
    noun: 'seed files',
    extension: 'sql',
    example: "--seed db/seed.sql or seed: ['db/seeds/*.sql']",
  },
};

/**
 * The files of `schema` or `seed`, in the order their migration tool applies them (Flyway, golang-migrate, sqitch:
 * see orderMigrations), else by path, numbers compared as numbers, so migrations named `2_…` and `10_…` run in that
 * order as well as zero-padded ones do. Down, undo and revert scripts are left out. Missing files and empty globs
 * are UsageErrors. An unset `schema` takes the `migrations` setting's files.
 */
export function loadingFiles(config: Config, setting: LoadingSetting, log?: (line: string) => void): PlanFile[] {
  let value = config.settings[setting];
  // The migrations the migration check reads are the schema the queries run against, unless schema says otherwise.
  if (value === undefined && setting === 'schema' && config.settings.migrations !== undefined) {
    value = config.settings.migrations;
    log?.('queries: schema is unset, so the migrations files are loaded as the schema');
  }
  if (value === undefined) return [];
  if (typeof value !== 'string' && !(Array.isArray(value) && value.every((item) => typeof item === 'string'))) {
    throw new UsageError(`${setting}: got ${JSON.stringify(value)}; expected a file, a glob, or a list of them, e.g. ${KINDS[setting].example}.`);
  }
  const ordered = orderMigrations(resolveInputFiles(config.root, toList(value), KINDS[setting]), setting);
  for (const { folder, tool, left } of ordered.folders) {
    if (tool === 'name order') continue;
    const without = left.length > 0 ? `, leaving out ${left.length} file${left.length === 1 ? '' : 's'} it never applies (${left.slice(0, 3).join(', ')}${left.length > 3 ? ', …' : ''})` : '';
    log?.(`queries: ${setting} files in ${folder} run in ${tool}'s order${without}`);
  }
  return ordered.files;
}
