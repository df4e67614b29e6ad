import type { PlanDatabase } from '../../postgres/db/plan-database.js';

/** pg_stats for one column: what ANALYZE sampled, the basis of every selectivity estimate here. */
export interface ColumnStats {
  nullFraction: number;
  /** Distinct non-null values; pg_stats stores a negative share of the rows when the count grows with the table. */
  distinctValues: number;
  /** Most common values, as text (booleans as `t`/`f`), with their shares of all rows. */
  commonValues: { value: string; share: number }[];
}

// anyarray cannot be read as it is; text[] keeps every type's values in their text form.
const STATS_SQL = `SELECT null_frac::float8 AS null_frac, n_distinct::float8 AS n_distinct,
  pg_catalog.array_to_json(most_common_vals::text::text[])::text AS common_values,
  pg_catalog.array_to_json(most_common_freqs)::text AS common_shares
FROM pg_catalog.pg_stats WHERE schemaname = $1 AND tablename = $2 AND attname = $3
ORDER BY inherited LIMIT 1`;

/** undefined when the column was never analysed. */
export async function readColumnStats(
  database: PlanDatabase,
  table: { schema: string; name: string; estimatedRows: number | undefined },
  column: string,
): Promise<ColumnStats | undefined> {
  const [row] = await database.query(STATS_SQL, [table.schema, table.name, column]);
  if (!row) return undefined;
  const values = row.common_values === null ? [] : (JSON.parse(String(row.common_values)) as string[]);
  const shares = row.common_shares === null ? [] : (JSON.parse(String(row.common_shares)) as number[]);
  const distinct = Number(row.n_distinct);
  return {
    nullFraction: Number(row.null_frac),
    distinctValues: distinct >= 0 ? distinct : -distinct * (table.estimatedRows ?? 0),
    commonValues: values.map((value, index) => ({ value, share: shares[index] ?? 0 })),
  };
}
