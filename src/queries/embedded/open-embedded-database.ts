import type { Deps } from '../../core/analyzer.js';
import type { Config } from '../../core/config/config.js';
import type { PlanDatabase } from '../../postgres/db/plan-database.js';
import { pgParser } from '../../postgres/sql/pg-parser.js';
import { loadSchema } from '../../postgres/schema/load-schema.js';
import { schemaExtensions } from '../../postgres/schema/schema-extensions.js';
import { asTarget, readSqlFiles } from './apply-sql-files.js';
import { countRows } from '../../postgres/embedded/count-rows.js';
import { fillOrder } from '../../postgres/embedded/fill-order.js';
import { generateRows } from '../../postgres/embedded/generate-rows.js';
import { loadingFiles } from './loading-files.js';
import { PgliteDatabase } from '../../postgres/embedded/pglite-database.js';
import { PGLITE_EXTENSIONS } from '../../postgres/embedded/pglite-extensions.js';
import { sharedBuffersFor } from '../../postgres/embedded/shared-buffers.js';
import { startPglite } from '../../postgres/embedded/start-pglite.js';
import { readTableCatalog } from '../../postgres/embedded/table-catalog.js';
import { tableRowsSetting, tablesToFill } from '../../postgres/embedded/table-rows-setting.js';

export interface EmbeddedDatabase {
  database: PlanDatabase;
  /** Rows per user table once loaded (seeds plus generated rows): the sizes the plans saw. */
  rowCounts: Record<string, number>;
}

/**
 * The embedded default: PGlite in this process, loaded with the `schema` files (in migration order), then the `seed`
 * files, then `table-rows` generated rows, then ANALYZE so the planner's statistics describe that data. Every
 * setting is checked before PGlite starts, so a typo fails in milliseconds rather than after the startup.
 */
export async function openEmbeddedDatabase(config: Config, deps: Deps): Promise<EmbeddedDatabase> {
  const tableRows = tableRowsSetting(config.settings['table-rows']);
  const parser = await pgParser();
  const schema = readSqlFiles(parser, 'schema', loadingFiles(config, 'schema', deps.log));
  const seed = readSqlFiles(parser, 'seed', loadingFiles(config, 'seed', deps.log));
  const extensions = [...schemaExtensions(schema, PGLITE_EXTENSIONS, 'schema'), ...schemaExtensions(seed, PGLITE_EXTENSIONS, 'seed')];
  deps.log?.(`queries: starting the embedded PostgreSQL (PGlite, in-process)${extensions.length > 0 ? ` with ${extensions.join(', ')}` : ''}`);
  const database = await PgliteDatabase.over(await startPglite((line) => deps.log?.(`queries: ${line}`), extensions, sharedBuffersFor(tableRows)));
  try {
    await loadSchema(asTarget(database), schema, { setting: 'schema', log: deps.log });
    await loadSchema(asTarget(database), seed, { setting: 'seed', log: deps.log });
    const catalog = await readTableCatalog(database);
    const targets = tablesToFill(tableRows, catalog);
    const byOid = new Map(catalog.map((table) => [table.oid, table]));
    for (const table of fillOrder([...targets.keys()])) {
      const started = performance.now();
      const inserted = await generateRows(database, parser, table, targets.get(table) ?? 0, byOid);
      deps.log?.(`queries: generated ${inserted} rows for ${table.name} in ${Math.round(performance.now() - started)}ms`);
    }
    const rowCounts = await countRows(database, catalog);
    await analyzeEveryRow(database, Math.max(0, ...Object.values(rowCounts)));
    return { database, rowCounts };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** ANALYZE reads 300 rows per unit of statistics target; PostgreSQL accepts at most 10,000 (3 million rows). */
const ROWS_PER_TARGET = 300;
const MAX_STATISTICS_TARGET = 10_000;
const DEFAULT_STATISTICS_TARGET = 100;

/**
 * ANALYZE samples rows at random, so two runs over the same generated data would plan with slightly different
 * statistics and print different costs. A statistics target large enough to read every row makes the statistics,
 * and so the plans and their numbers, the same on every run (for tables up to 3 million rows).
 */
async function analyzeEveryRow(database: PlanDatabase, largestTable: number): Promise<void> {
  const target = Math.min(MAX_STATISTICS_TARGET, Math.max(DEFAULT_STATISTICS_TARGET, Math.ceil(largestTable / ROWS_PER_TARGET)));
  await database.run(`SET default_statistics_target = ${target}`);
  await database.run('ANALYZE');
  await database.run('RESET default_statistics_target');
}
