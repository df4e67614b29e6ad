import type { PlanDatabase } from '../db/plan-database.js';
import type { CatalogTable } from './table-catalog.js';
/** How many rows each user table holds, by the name users give it in `table-rows`: what the plans saw. */
export declare function countRows(database: PlanDatabase, tables: readonly CatalogTable[]): Promise<Record<string, number>>;
