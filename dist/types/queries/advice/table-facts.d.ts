import type { PlanDatabase } from '../db/plan-database.js';
import type { PgParser } from '../sql/pg-parser.js';
import { type TableName } from './index-candidate.js';
/** A btree index the table already has: its name and key columns or expressions, as pg_get_indexdef prints them. */
export interface ExistingIndex {
    name: string;
    keys: string[];
    partial: boolean;
}
/** What the catalog says about a candidate's table. */
export interface TableFacts {
    oid: number;
    schema: string;
    name: string;
    /** pg_class.reltuples; undefined when the table was never analysed or vacuumed (-1 from PostgreSQL 14). */
    estimatedRows: number | undefined;
    indexes: ExistingIndex[];
}
/** The table's identity, size and btree indexes; undefined when the name resolves to no table (a CTE, a view). */
export declare function readTableFacts(database: PlanDatabase, parser: PgParser, table: TableName): Promise<TableFacts | undefined>;
export declare function tableLabel(facts: Pick<TableFacts, 'schema' | 'name'>): string;
