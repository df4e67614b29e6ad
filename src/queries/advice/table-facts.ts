import type { PlanDatabase } from '../../postgres/db/plan-database.js';
import type { PgParser } from '../../postgres/sql/pg-parser.js';
import { describeTable, type TableName } from './index-candidate.js';
import { quoteIdentifier } from './sql-text.js';

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

const TABLE_SQL = `SELECT c.oid::int8::text AS oid, n.nspname AS schema, c.relname AS name, c.reltuples::float8 AS reltuples
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.oid = pg_catalog.to_regclass($1) AND c.relkind IN ('r', 'p', 'm')`;

// Key columns only (indnkeyatts): INCLUDE columns cannot serve a condition or an order.
const INDEXES_SQL = `SELECT ic.relname AS name, i.indpred IS NOT NULL AS partial,
  pg_catalog.array_to_json(ARRAY(SELECT pg_catalog.pg_get_indexdef(i.indexrelid, k, true)
    FROM pg_catalog.generate_series(1, i.indnkeyatts::int) AS k ORDER BY k))::text AS keys
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
WHERE i.indrelid = $1::int8::oid AND i.indisvalid AND am.amname = 'btree'
ORDER BY ic.relname`;

/** The table's identity, size and btree indexes; undefined when the name resolves to no table (a CTE, a view). */
export async function readTableFacts(database: PlanDatabase, parser: PgParser, table: TableName): Promise<TableFacts | undefined> {
  const qualified = [table.schema, table.name].filter((part): part is string => part !== undefined).map((part) => quoteIdentifier(parser, part)).join('.');
  const [row] = await database.query(TABLE_SQL, [qualified]);
  if (!row) return undefined;
  const oid = Number(row.oid);
  const reltuples = Number(row.reltuples);
  const indexes = (await database.query(INDEXES_SQL, [String(oid)])).map((index) => ({
    name: String(index.name),
    keys: JSON.parse(String(index.keys)) as string[],
    partial: index.partial === true,
  }));
  return { oid, schema: String(row.schema), name: String(row.name), estimatedRows: reltuples >= 0 ? reltuples : undefined, indexes };
}

export function tableLabel(facts: Pick<TableFacts, 'schema' | 'name'>): string {
  return facts.schema === 'public' ? facts.name : describeTable({ schema: facts.schema, name: facts.name });
}
