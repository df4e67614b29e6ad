import { UsageError } from '../../core/config/usage-error.js';
import type { CatalogTable } from './table-catalog.js';

const EXAMPLE = 'table-rows: { orders: 100000, customers: 5000 }';

/**
 * Reads `table-rows` (table → rows it should hold). The config file's schema already checks it; the library takes a
 * Config built in code too, so the shape is checked again here with a message that shows the expected form.
 */
export function tableRowsSetting(value: unknown): Map<string, number> {
  if (value === undefined) return new Map();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(`table-rows: got ${JSON.stringify(value)}; expected a map of table names to row counts, e.g. ${EXAMPLE}.`);
  }
  const rows = new Map<string, number>();
  for (const [table, count] of Object.entries(value)) {
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
      throw new UsageError(`table-rows: ${table}: got ${JSON.stringify(count)}; expected a whole number of rows (0 or more), e.g. ${EXAMPLE}.`);
    }
    rows.set(table, count);
  }
  return rows;
}

/**
 * Matches the setting's names to the tables the schema created: `orders` or `public.orders` for the public schema,
 * `billing.invoices` elsewhere; the name as the schema wrote it unquoted (`RouterGroup` for the table PostgreSQL folds to
 * `routergroup`) when no table has it exactly. A name that matches nothing is a UsageError listing the tables there are, since a
 * typo would otherwise leave the table empty and every plan on it meaningless.
 */
export function tablesToFill(rows: ReadonlyMap<string, number>, catalog: readonly CatalogTable[]): Map<CatalogTable, number> {
  const byName = new Map(catalog.map((table) => [table.name, table]));
  const targets = new Map<CatalogTable, number>();
  for (const [name, count] of rows) {
    const table = [name, name.toLowerCase()].map((written) => byName.get(written) ?? byName.get(written.replace(/^public\./, ''))).find(Boolean);
    if (!table) throw unknownTable(name, catalog);
    targets.set(table, count);
  }
  return targets;
}

function unknownTable(name: string, catalog: readonly CatalogTable[]): UsageError {
  const known = catalog.length === 0 ? 'none: the schema files created no table' : catalog.map((table) => table.name).join(', ');
  return new UsageError(
    `table-rows: there is no table '${name}' once the schema and seed files have run. Known tables: ${known}. Use one of these names (schema-qualified outside public, e.g. billing.invoices), or add the table to the schema files.`,
  );
}
