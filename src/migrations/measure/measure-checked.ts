import type { Deps } from '../../core/analyzer.js';
import type { Config } from '../../core/config/config.js';
import { DatabaseError } from '../../postgres/db/plan-database.js';
import { tableRowsSetting } from '../../postgres/embedded/table-rows-setting.js';
import type { PgParser } from '../../postgres/sql/pg-parser.js';
import type { MigrationFile } from '../read-migrations.js';
import { measureMigrations, type MigrationMeasurements } from './measure-migrations.js';
import { openMeasuringDatabase } from './open-measuring-database.js';

export interface MeasuringOutcome {
  measurements?: MigrationMeasurements;
  /** Why nothing was measured, or why measuring stopped early: the run's stats say it. */
  note?: string;
}

/**
 * Applies the migrations being checked (those the change touches, with a diff; every file otherwise) and measures
 * them. A server named by `database-url` that cannot be reached is a usage error, as for the query audit; an
 * embedded database that cannot hold the migrations (an extension PGlite lacks) leaves the run static, with the
 * reason in its stats, since the static findings stand on their own.
 */
export async function measureCheckedMigrations(config: Config, deps: Deps, parser: PgParser, files: readonly MigrationFile[]): Promise<MeasuringOutcome> {
  const changes = config.changes;
  const isChecked = (file: string) => changes === undefined || changes.files.has(file);
  if (!files.some(({ file }) => isChecked(file))) return { note: 'the change adds no migration, so none was applied' };
  // A lint without a database (a pre-commit hook, a quick local run): the static rules stand on their own.
  if (config.settings['measure-migrations'] === false) return { note: 'measure-migrations is off' };
  const onServer = deps.pgClient !== undefined || config.settings['database-url'] !== undefined;
  if (!onServer) tableRowsSetting(config.settings['table-rows']);
  // As the static rules see it: tables a file creates stay "new" in the next one only when the change adds both.
  const added = (file: string | undefined) => file !== undefined && changes?.files.get(file)?.status === 'added';
  const previous = new Map(files.map(({ file }, index) => [file, files[index - 1]?.file]));
  const carriesOver = (file: string) => added(file) && added(previous.get(file));
  let target;
  try {
    target = await openMeasuringDatabase(config, deps, parser, files);
  } catch (error) {
    if (onServer) throw error;
    const note = `the embedded database could not start (${error instanceof Error ? error.message : String(error)})`;
    deps.log?.(`migrations: not measured: ${note}`);
    return { note };
  }
  try {
    const measurements = await measureMigrations(target, files, isChecked, carriesOver, deps.log);
    const unfilled = target.unfilledTables?.() ?? [];
    if (unfilled.length > 0) deps.log?.(`migrations: table-rows names ${unfilled.join(', ')}, which no migration before the last checked one creates; nothing was generated for ${unfilled.length === 1 ? 'it' : 'them'}`);
    return { measurements, ...(measurements.stopped ? { note: `measuring stopped: ${measurements.stopped}` } : {}) };
  } catch (error) {
    if (!(error instanceof DatabaseError)) throw error;
    const note = `${target.database.name ?? 'the server'} refused the measurement (${error.message})`;
    deps.log?.(`migrations: not measured: ${note}`);
    return { note };
  } finally {
    await target.database.close();
  }
}
