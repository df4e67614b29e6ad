import type { PlanDatabase } from '../../postgres/db/plan-database.js';
import type { GinCandidate } from './gin-candidates.js';
import type { TableFacts } from './table-facts.js';

// The first key of each valid GIN index of the table, with its operator class: a trigram index is gin_trgm_ops.
const GIN_INDEXES_SQL = `SELECT ic.relname AS name, pg_catalog.pg_get_indexdef(i.indexrelid, 1, true) AS key, opc.opcname AS opclass
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
JOIN pg_catalog.pg_opclass opc ON opc.oid = i.indclass[0]
WHERE i.indrelid = $1::int8::oid AND i.indisvalid AND am.amname = 'gin'`;

/** The existing GIN index that already serves the candidate (same column, trigram or not), if any. */
export async function servingGinIndex(database: PlanDatabase, facts: TableFacts, candidate: GinCandidate, quotedColumn: string): Promise<string | undefined> {
  const rows = await database.query(GIN_INDEXES_SQL, [String(facts.oid)]);
  const serving = rows.find((row) => row.key === quotedColumn && (row.opclass === 'gin_trgm_ops') === (candidate.kind === 'trigram'));
  return serving ? String(serving.name) : undefined;
}

/** Whether pg_trgm is installed in the database: its operator class is what a trigram index needs. */
export async function hasTrigramOpclass(database: PlanDatabase): Promise<boolean> {
  const rows = await database.query("SELECT 1 AS present FROM pg_catalog.pg_opclass WHERE opcname = 'gin_trgm_ops' LIMIT 1");
  return rows.length > 0;
}
