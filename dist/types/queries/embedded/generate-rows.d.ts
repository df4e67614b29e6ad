import { type PlanDatabase } from '../db/plan-database.js';
import type { PgParser } from '../sql/pg-parser.js';
import { type CatalogTable } from './table-catalog.js';
/**
 * Fills one table up to `targetRows` with generated rows, in set-based INSERT … SELECT statements over
 * generate_series: 100k rows with a foreign key, a uuid key and four CHECKs take 3–4 s on PGlite on a busy 2-core
 * machine, where a row-by-row loop would take minutes. Values honour NOT NULL, unique keys, simple CHECKs and
 * foreign keys (drawn from the parent's existing keys, skewed so a few parents have many children). Parents must be
 * filled first (see fill-order.ts). Returns the rows inserted.
 */
export declare function generateRows(database: PlanDatabase, parser: PgParser, table: CatalogTable, targetRows: number, catalog: ReadonlyMap<number, CatalogTable>): Promise<number>;
