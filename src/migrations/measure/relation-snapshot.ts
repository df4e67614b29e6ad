import type { PlanDatabase } from '../../postgres/db/plan-database.js';
import { lockModeOf, type LockMode } from '../lock-modes.js';

/** A relation of the application's schemas, as the catalog describes it at one moment. */
export interface RelationState {
  oid: number;
  /** `orders`, or `billing.invoices` outside the public schema. */
  name: string;
  kind: 'table' | 'index' | 'other';
  relfilenode: number;
  /** pg_class's estimate (what the last ANALYZE counted); -1 when never analysed. */
  rows: number;
  /** The table's pages times the block size, as of the last ANALYZE or VACUUM. */
  bytes: number;
}

/** pg_class's relkind: tables (plain, partitioned, materialized views), indexes (plain, partitioned). */
const KINDS: Record<string, RelationState['kind']> = { r: 'table', p: 'table', m: 'table', i: 'index', I: 'index' };

const RELATIONS_SQL = `SELECT c.oid::int AS oid, n.nspname AS schema, c.relname AS name, c.relkind::text AS relkind, c.relfilenode::bigint AS relfilenode,
  c.reltuples::float8 AS rows, c.relpages::bigint * pg_catalog.current_setting('block_size')::bigint AS bytes
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
  AND c.relkind IN ('r', 'p', 'm', 'i', 'I')`;

/** The relations of the application's schemas (not the catalogs, TOAST or temporary tables), by oid. */
export async function relationStates(database: PlanDatabase): Promise<Map<number, RelationState>> {
  const rows = await database.query(RELATIONS_SQL);
  return new Map(
    rows.map((row) => {
      const schema = String(row.schema);
      const state: RelationState = {
        oid: Number(row.oid),
        name: schema === 'public' ? String(row.name) : `${schema}.${String(row.name)}`,
        kind: KINDS[String(row.relkind)] ?? 'other',
        relfilenode: Number(row.relfilenode),
        rows: Number(row.rows),
        bytes: Number(row.bytes),
      };
      return [state.oid, state];
    }),
  );
}

const LOCKS_SQL = `SELECT l.relation::int AS oid, l.mode FROM pg_catalog.pg_locks l
WHERE l.pid = pg_catalog.pg_backend_pid() AND l.locktype = 'relation' AND l.granted
  AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database())`;

/** The table-level locks this session holds now, as `oid mode` keys: locks accumulate until the transaction ends. */
export async function heldLocks(database: PlanDatabase): Promise<Map<string, { oid: number; mode: LockMode }>> {
  const held = new Map<string, { oid: number; mode: LockMode }>();
  for (const row of await database.query(LOCKS_SQL)) {
    const mode = lockModeOf(String(row.mode));
    if (mode !== undefined) held.set(`${Number(row.oid)} ${mode}`, { oid: Number(row.oid), mode });
  }
  return held;
}
