import type { Deps } from '../../core/analyzer.js';
import type { Config } from '../../core/config/config.js';
import { fillOrder } from '../../postgres/embedded/fill-order.js';
import { generateRows } from '../../postgres/embedded/generate-rows.js';
import { PgliteDatabase } from '../../postgres/embedded/pglite-database.js';
import { PGLITE_EXTENSIONS } from '../../postgres/embedded/pglite-extensions.js';
import { sharedBuffersFor } from '../../postgres/embedded/shared-buffers.js';
import { startPglite } from '../../postgres/embedded/start-pglite.js';
import { readTableCatalog, type CatalogTable } from '../../postgres/embedded/table-catalog.js';
import { tableRowsSetting } from '../../postgres/embedded/table-rows-setting.js';
import { loadSchema } from '../../postgres/schema/load-schema.js';
import { schemaExtensions } from '../../postgres/schema/schema-extensions.js';
import type { PgParser } from '../../postgres/sql/pg-parser.js';
import type { MigrationFile } from '../read-migrations.js';
import type { MeasuringDatabase } from './measure-migrations.js';
import { EMBEDDED_MEASURED_ON } from './measured-message.js';

/**
 * PGlite, started with the extensions the migrations create. Each migration is applied for good after it was
 * measured, and the tables `table-rows` names are filled as soon as a migration has created them (as the query
 * audit fills them), then analysed so the catalog's sizes are right: the next migration meets tables with rows.
 */
export async function openEmbeddedMeasuring(config: Config, deps: Deps, parser: PgParser, files: readonly MigrationFile[]): Promise<MeasuringDatabase> {
  const tableRows = tableRowsSetting(config.settings['table-rows']);
  const extensions = schemaExtensions(
    files.map(({ schema }) => schema),
    PGLITE_EXTENSIONS,
    'migrations',
  );
  deps.log?.(`migrations: starting the embedded PostgreSQL (PGlite, in-process) to measure the migrations${extensions.length > 0 ? ` with ${extensions.join(', ')}` : ''}`);
  const database = await PgliteDatabase.over(await startPglite((line) => deps.log?.(`migrations: ${line}`), extensions, sharedBuffersFor(tableRows)));
  const filled = new Set<string>();
  const target = { name: database.name, run: (sql: string) => database.run(sql), copyRows: database.copyRows.bind(database) };
  return {
    database,
    measuredOn: EMBEDDED_MEASURED_ON,
    async applyForGood(file) {
      await loadSchema(target, [file.schema], { setting: 'migrations' });
      const catalog = await readTableCatalog(database);
      const ready = catalog.filter((table) => !filled.has(table.name) && rowsWanted(tableRows, table) !== undefined);
      if (ready.length === 0) return;
      const byOid = new Map(catalog.map((table) => [table.oid, table]));
      for (const table of fillOrder(ready)) {
        filled.add(table.name);
        const started = performance.now();
        const inserted = await generateRows(database, parser, table, rowsWanted(tableRows, table) ?? 0, byOid);
        await database.run(`ANALYZE ${table.sqlName}`);
        deps.log?.(`migrations: generated ${inserted} rows for ${table.name} in ${Math.round(performance.now() - started)}ms`);
      }
    },
    unfilledTables() {
      return [...tableRows.keys()].filter((name) => !filled.has(name) && !filled.has(name.replace(/^public\./, '')));
    },
  };
}

/** `table-rows` names a table as `orders` or `public.orders` in the public schema, `billing.invoices` elsewhere. */
function rowsWanted(tableRows: ReadonlyMap<string, number>, table: CatalogTable): number | undefined {
  return tableRows.get(table.name) ?? (table.name.includes('.') ? undefined : tableRows.get(`public.${table.name}`));
}
