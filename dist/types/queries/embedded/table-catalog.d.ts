import type { PlanDatabase } from '../db/plan-database.js';
/** What the row generator must know of a column to produce values the table accepts. */
export interface CatalogColumn {
    name: string;
    notNull: boolean;
    /** Serial, identity and generated columns: the server fills them, so the generator leaves them out. */
    filledByServer: boolean;
    /** Whether an INSERT that leaves the column out still succeeds (a default, or nullable). */
    hasDefault: boolean;
    /** The base type's name (`int4`, `varchar`, `numeric`, the enum's own name), through domains. */
    baseType: string;
    /** `e` for an enum, `b` for a base type, …: `pg_type.typtype` of the base type. */
    typeKind: string;
    /** The column's declared type as SQL (`character varying(40)`, `order_status`), for casts. */
    sqlType: string;
    /** varchar(n) / char(n) length, numeric(p, s) precision and scale, when declared. */
    maxLength?: number;
    precision?: number;
    scale?: number;
    enumLabels: string[];
    isArray: boolean;
}
export interface ForeignKey {
    columns: string[];
    parentOid: number;
    parentColumns: string[];
}
export interface CheckConstraint {
    columns: string[];
    /** As PostgreSQL prints it back (`(price > (0)::numeric)`), so it can be re-used as a filter. */
    expression: string;
}
export interface CatalogTable {
    oid: number;
    /** `orders`, or `billing.invoices` outside the public schema: how users name it in `table-rows`. */
    name: string;
    /** Quoted for SQL: `"public"."orders"`. */
    sqlName: string;
    columns: CatalogColumn[];
    /** Column sets that must be distinct: primary keys, unique constraints and unique indexes on plain columns. */
    uniqueKeys: string[][];
    foreignKeys: ForeignKey[];
    checks: CheckConstraint[];
}
/** Reads every user table with what generating rows for it needs, in four catalog queries whatever the table count. */
export declare function readTableCatalog(database: PlanDatabase): Promise<CatalogTable[]>;
/** A column the catalog listed in one of the table's keys. */
export declare function columnNamed(table: CatalogTable, name: string): CatalogColumn;
