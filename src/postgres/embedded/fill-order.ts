import type { CatalogTable } from './table-catalog.js';

/**
 * Orders the tables to fill parents first, so a child's foreign keys can draw from rows that already exist.
 * A table's reference to itself does not order anything (its rows cannot precede themselves); in a cycle of
 * references the table first by name goes first, and the generator sees its parent still empty.
 */
export function fillOrder(tables: readonly CatalogTable[]): CatalogTable[] {
  const pending = new Map(tables.map((table) => [table.oid, table]));
  const ordered: CatalogTable[] = [];
  const waitsFor = (table: CatalogTable) => table.foreignKeys.some((key) => key.parentOid !== table.oid && pending.has(key.parentOid));
  while (pending.size > 0) {
    const candidates = [...pending.values()].sort((a, b) => a.name.localeCompare(b.name));
    const next = candidates.find((table) => !waitsFor(table)) ?? candidates[0];
    ordered.push(next);
    pending.delete(next.oid);
  }
  return ordered;
}
