import type { ColumnBounds } from './check-bounds.js';
import type { CatalogColumn } from './table-catalog.js';
/** How one column's values are made, beside its type: what the table's keys and CHECKs ask of it. */
export interface ColumnPlan {
    column: CatalogColumn;
    /** A unique key needs this column to differ on every row. */
    distinct: boolean;
    /** Distinct numbers start after this (the largest value the seed rows already hold). */
    startAfter: number;
    bounds?: ColumnBounds;
    /** Rows the table is filled to: sets the spread of high-cardinality values. */
    rows: number;
    /** Decorrelates this column's pseudo-random stream from every other column's. */
    salt: number;
}
/** Share of NULLs in a nullable column: enough for `IS NULL` to have a selectivity, few enough not to dominate. */
export declare const NULL_SHARE = 0.1;
/**
 * A deterministic pseudo-random number in [0, 1) per row and salt: the same schema gives the same data and so the
 * same plans on every run, which `random()` would not. `hashint8` is PostgreSQL's own integer hash; float8
 * arithmetic, because numeric's `power()` made 100k rows take seconds.
 */
export declare function uniform(salt: number): string;
/**
 * A skewed rank in [0, n): the low ranks are common (u² puts a third of the rows in the first tenth), as real
 * categories, customers and products are, so the planner's most-common-value statistics have something to see.
 */
export declare function skewedRank(n: number, salt: number): string;
/**
 * A stable number per table and column, so runs repeat and columns do not share a pseudo-random stream. Even, so
 * `salt + 1` (the column's NULL stream) is never another column's salt.
 */
export declare function columnSalt(table: string, column: string): number;
/**
 * The SQL expression (over `g.i`, the row number) that generates a column, cast to the column's type; undefined
 * for a type this generator does not know (the column is then left to its default or NULL).
 */
export declare function columnValueSql(plan: ColumnPlan): string | undefined;
