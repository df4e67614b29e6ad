import type { Deps } from '../core/analyzer.js';
import type { Config } from '../core/config/config.js';
import { UsageError } from '../core/config/usage-error.js';
import type { PlanDatabase } from '../postgres/db/plan-database.js';
import { openServerDatabase, passedInServerDatabase } from '../postgres/db/server-database.js';

export interface OpenedDatabase {
  database: PlanDatabase;
  /** Rows per table the embedded database was filled with, so the report says what sizes the plans saw. */
  rowCounts?: Record<string, number>;
}

/**
 * The database the SQL files are explained on: a client the embedder passed in, else the server `database-url`
 * names, else the embedded default (PGlite, loaded with the schema and seed files). The embedded database is
 * imported on demand, so a run against a server never loads PGlite.
 */
export async function openPlanDatabase(config: Config, deps: Deps): Promise<OpenedDatabase> {
  if (deps.pgClient) return { database: await passedInServerDatabase(deps.pgClient) };
  const url = config.settings['database-url'];
  if (url !== undefined) {
    if (typeof url !== 'string' || url.trim() === '') {
      throw new UsageError('database-url: expected a URL such as postgres://USER:PASSWORD@HOST:5432/DATABASE; got an empty or non-text value.');
    }
    return { database: await openServerDatabase(url.trim()) };
  }
  return openEmbedded(config, deps);
}

/** PGlite and its loaders are a chunk of their own, imported only when no server is given. */
async function openEmbedded(config: Config, deps: Deps): Promise<OpenedDatabase> {
  const { openEmbeddedDatabase } = await import('./embedded/open-embedded-database.js');
  return openEmbeddedDatabase(config, deps);
}
