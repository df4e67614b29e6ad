import type { CatalogTable } from './table-catalog.js';
/**
 * Reads `table-rows` (table → rows it should hold). The config file's schema already checks it; the library takes a
 * Config built in code too, so the shape is checked again here with a message that shows the expected form.
 */
export declare function tableRowsSetting(value: unknown): Map<string, number>;
/**
 * Matches the setting's names to the tables the schema created: `orders` or `public.orders` for the public schema,
 * `billing.invoices` elsewhere. A name that matches nothing is a UsageError listing the tables there are, since a
 * typo would otherwise leave the table empty and every plan on it meaningless.
 */
export declare function tablesToFill(rows: ReadonlyMap<string, number>, catalog: readonly CatalogTable[]): Map<CatalogTable, number>;
