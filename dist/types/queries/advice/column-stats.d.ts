import type { PlanDatabase } from '../db/plan-database.js';
/** pg_stats for one column: what ANALYZE sampled, the basis of every selectivity estimate here. */
export interface ColumnStats {
    nullFraction: number;
    /** Distinct non-null values; pg_stats stores a negative share of the rows when the count grows with the table. */
    distinctValues: number;
    /** Most common values, as text (booleans as `t`/`f`), with their shares of all rows. */
    commonValues: {
        value: string;
        share: number;
    }[];
}
/** undefined when the column was never analysed. */
export declare function readColumnStats(database: PlanDatabase, table: {
    schema: string;
    name: string;
    estimatedRows: number | undefined;
}, column: string): Promise<ColumnStats | undefined>;
