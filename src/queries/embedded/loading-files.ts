import type { Config } from '../../core/config/config.js';
import { toList } from '../../core/config/config.js';
import { UsageError } from '../../core/config/usage-error.js';
import { resolveInputFiles, type InputFileKind, type PlanFile } from '../plan/plan-files.js';
import type { LoadingSetting } from './apply-sql-files.js';
import { compareNaturally } from './natural-order.js';

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
 * The files of `schema` or `seed`, in the order they run: by path, numbers compared as numbers, so migrations named
 * `2_…` and `10_…` run in that order as well as zero-padded ones do. Missing files and empty globs are UsageErrors.
 */
export function loadingFiles(config: Config, setting: LoadingSetting): PlanFile[] {
  const value = config.settings[setting];
  if (value === undefined) return [];
  if (typeof value !== 'string' && !(Array.isArray(value) && value.every((item) => typeof item === 'string'))) {
    throw new UsageError(`${setting}: got ${JSON.stringify(value)}; expected a file, a glob, or a list of them, e.g. ${KINDS[setting].example}.`);
  }
  return resolveInputFiles(config.root, toList(value), KINDS[setting]).sort((a, b) => compareNaturally(a.file, b.file));
}
