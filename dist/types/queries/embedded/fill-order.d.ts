import type { CatalogTable } from './table-catalog.js';
/**
 * Orders the tables to fill parents first, so a child's foreign keys can draw from rows that already exist.
 * A table's reference to itself does not order anything (its rows cannot precede themselves); in a cycle of
 * references the table first by name goes first, and the generator sees its parent still empty.
 */
export declare function fillOrder(tables: readonly CatalogTable[]): CatalogTable[];
