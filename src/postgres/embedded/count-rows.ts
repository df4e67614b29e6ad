import type { PlanDatabase } from '../db/plan-database.js';
import type { CatalogTable } from './table-catalog.js';

/** How many rows each user table holds, by the name users give it in `table-rows`: what the plans saw. */
export async function countRows(database: PlanDatabase, tables: readonly CatalogTable[]): Promise<Record<string, number>> {
  if (tables.length === 0) return {};
  const counts = tables.map((table, index) => `SELECT ${index} AS table_index, count(*)::int AS row_count FROM ${table.sqlName}`).join(' UNION ALL ');
  const rowCounts: Record<string, number> = {};
  for (const row of await database.query(counts)) rowCounts[tables[Number(row.table_index)].name] = Number(row.row_count);
  return rowCounts;
}
