import type { Deps } from '../../core/analyzer.js';
import type { Config } from '../../core/config.js';
import type { PlanDatabase } from '../db/plan-database.js';
import { pgParser } from '../sql/pg-parser.js';
import { applySqlFiles } from './apply-sql-files.js';
import { countRows } from './count-rows.js';
import { fillOrder } from './fill-order.js';
import { generateRows } from './generate-rows.js';
import { loadingFiles } from './loading-files.js';
import { PgliteDatabase } from './pglite-database.js';
import { startPglite } from './start-pglite.js';
import { readTableCatalog } from './table-catalog.js';
import { tableRowsSetting, tablesToFill } from './table-rows-setting.js';

export interface EmbeddedDatabase {
  database: PlanDatabase;
  /** Rows per user table once loaded (seeds plus generated rows): the sizes the plans saw. */
  rowCounts: Record<string, number>;
}

/**
 * The embedded default: PGlite in this process, loaded with the `schema` files (in name order), then the `seed`
 * files, then `table-rows` generated rows, then ANALYZE so the planner's statistics describe that data. Every
 * setting is checked before PGlite starts, so a typo fails in milliseconds rather than after the startup.
 */
export async function openEmbeddedDatabase(config: Config, deps: Deps): Promise<EmbeddedDatabase> {
  const schemaFiles = loadingFiles(config, 'schema');
  const seedFiles = loadingFiles(config, 'seed');
  const tableRows = tableRowsSetting(config.settings['table-rows']);
  const parser = await pgParser();
  deps.log?.('queries: starting the embedded PostgreSQL (PGlite, in-process)');
  const database = await PgliteDatabase.over(await startPglite(deps.log));
  try {
    await applySqlFiles(database, parser, 'schema', schemaFiles, deps.log);
    await applySqlFiles(database, parser, 'seed', seedFiles, deps.log);
    const catalog = await readTableCatalog(database);
    const targets = tablesToFill(tableRows, catalog);
    const byOid = new Map(catalog.map((table) => [table.oid, table]));
    for (const table of fillOrder([...targets.keys()])) {
      const started = performance.now();
      const inserted = await generateRows(database, parser, table, targets.get(table) ?? 0, byOid);
      deps.log?.(`queries: generated ${inserted} rows for ${table.name} in ${Math.round(performance.now() - started)}ms`);
    }
    await database.run('ANALYZE');
    return { database, rowCounts: await countRows(database, catalog) };
  } catch (error) {
    await database.close();
    throw error;
  }
}
