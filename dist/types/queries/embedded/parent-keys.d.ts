import type { PlanDatabase } from '../db/plan-database.js';
import { type CatalogTable, type ForeignKey } from './table-catalog.js';
/** A foreign key being filled: its parent's keys, numbered 1…parentRows in a temporary table. */
export interface KeyDraw {
    key: ForeignKey;
    parent: CatalogTable;
    parentRows: number;
    alias: string;
    /** A unique key made only of foreign keys needs distinct combinations: parents are then taken in turn. */
    inTurn: boolean;
    nullable: boolean;
    salt: number;
}
/** Numbers each foreign key's parent rows in a temporary table, which the INSERT joins on a drawn rank. */
export declare function drawParentKeys(database: PlanDatabase, table: CatalogTable, catalog: ReadonlyMap<number, CatalogTable>): Promise<KeyDraw[]>;
