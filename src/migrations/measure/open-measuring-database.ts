import type { Deps } from '../../core/analyzer.js';
import type { Config } from '../../core/config/config.js';
import { UsageError } from '../../core/config/usage-error.js';
import { openServerDatabase, passedInServerDatabase } from '../../postgres/db/server-database.js';
import type { PgParser } from '../../postgres/sql/pg-parser.js';
import type { MigrationFile } from '../read-migrations.js';
import type { MeasuringDatabase } from './measure-migrations.js';

/**
 * Where the checked migrations are applied: a client the embedder passed in, else the server `database-url` names
 * (its current schema is the "before"; it must be a throwaway database, since the DDL takes real locks there until
 * the rollback), else the embedded database, built up file by file. The embedded database is imported on demand.
 */
export async function openMeasuringDatabase(config: Config, deps: Deps, parser: PgParser, files: readonly MigrationFile[]): Promise<MeasuringDatabase> {
  if (deps.pgClient) {
    const database = await passedInServerDatabase(deps.pgClient);
    return { database, measuredOn: `the server ${database.identity.location}` };
  }
  const url = config.settings['database-url'];
  if (url !== undefined) {
    if (typeof url !== 'string' || url.trim() === '') {
      throw new UsageError('database-url: expected a URL such as postgres://USER:PASSWORD@HOST:5432/DATABASE (a throwaway database); got an empty or non-text value.');
    }
    const database = await openServerDatabase(url.trim());
    return { database, measuredOn: `the server ${database.identity.location}` };
  }
  const { openEmbeddedMeasuring } = await import('./embedded-measuring.js');
  return openEmbeddedMeasuring(config, deps, parser, files);
}
