import { strongestMode, whoWaits, type LockMode } from '../lock-modes.js';
import type { Measured } from './statement-measurement.js';

const SHOWN_STATEMENT = 160;

/** Where the embedded database's measurements were taken, as findings and the run's stats say it. */
export const EMBEDDED_MEASURED_ON = 'generated rows in the embedded database';

/** Where a statement ran when `table-rows` filled none of its tables. */
export const EMPTY_EMBEDDED_TABLES = 'empty tables in the embedded database (table-rows fills them)';

/** The statement as one line, whitespace folded, cut at 160 characters. */
export function statementHead(sql: string): string {
  const folded = sql.replace(/\s+/g, ' ').trim();
  return folded.length > SHOWN_STATEMENT ? `${folded.slice(0, SHOWN_STATEMENT - 1)}…` : folded;
}

/** A table's lock as the message tells it: taken by the statement, or held since an earlier one. */
interface TableLock {
  mode: LockMode;
  earlier: boolean;
}

/**
 * The tables that held data which the statement locked, each with the strongest mode it took on it; and the tables
 * it rewrote or `named` (by a static rule) that an earlier statement of the transaction had locked already.
 */
export function lockedTables(measurement: Measured, named: readonly string[] = []): Map<string, TableLock> {
  const locked = new Map<string, TableLock>();
  for (const lock of measurement.locks) {
    if (lock.kind !== 'table') continue;
    const held = locked.get(lock.relation)?.mode;
    locked.set(lock.relation, { mode: held === undefined ? lock.mode : (strongestMode([held, lock.mode]) ?? lock.mode), earlier: false });
  }
  const concerned = new Set([...named, ...measurement.rewritten]);
  for (const lock of measurement.heldBefore) {
    const taken = locked.get(lock.relation);
    if (!concerned.has(lock.relation) || (taken && strongestMode([taken.mode, lock.mode]) === taken.mode)) continue;
    locked.set(lock.relation, { mode: lock.mode, earlier: true });
  }
  return locked;
}

/**
 * The finding's line, from what was measured: `ALTER TABLE orders ALTER COLUMN total TYPE bigint: ACCESS EXCLUSIVE
 * on orders, rewrites the table; reads and writes wait`, then the sizes and time, labelled as measured where they
 * were. `named` are the tables a static rule reported for the statement. Undefined when the statement locked no
 * table that held data.
 */
export function measuredMessage(sql: string, measurement: Measured, measuredOn: string, named: readonly string[] = []): string | undefined {
  const locked = lockedTables(measurement, named);
  if (locked.size === 0) return undefined;
  // Tables under the same lock, taken now or earlier, are named together: `SHARE ROW EXCLUSIVE on orders and customers`.
  const groups = new Map<string, { lock: TableLock; tables: string[] }>();
  for (const [table, lock] of locked) {
    const key = `${lock.mode} ${lock.earlier}`;
    groups.set(key, { lock, tables: [...(groups.get(key)?.tables ?? []), table] });
  }
  const locks = [...groups.values()].map(({ lock, tables }) => `${lock.mode} on ${andList(tables)}${lock.earlier ? ' (held since an earlier statement)' : ''}`).join(', ');
  const rewrittenTables = measurement.rewritten.filter((relation) => locked.has(relation));
  const rebuilt = measurement.rewritten.filter((relation) => !locked.has(relation) && !measurement.tables.some((table) => table.name === relation));
  let rewrite = '';
  if (rewrittenTables.length > 0) rewrite = locked.size === 1 ? ', rewrites the table' : `, rewrites ${andList(rewrittenTables)}`;
  else if (rebuilt.length > 0) rewrite = `, rebuilds ${andList(rebuilt)}`;
  const mode = strongestMode([...locked.values()].map((lock) => lock.mode)) as LockMode;
  const sizes = measurement.tables.filter((table) => table.rows > 0).map((table) => `${table.name} ${table.rows.toLocaleString('en-US')} rows`);
  const emptied = measurement.emptied?.length ? ` after emptying ${andList(measurement.emptied)}, whose generated rows break the new constraint` : '';
  // Without table-rows the embedded tables are empty: the lock and the rewrite are still what PostgreSQL does, but the
  // time says nothing of a table with data, and "generated rows" would claim rows that are not there.
  const on = sizes.length === 0 && measuredOn === EMBEDDED_MEASURED_ON ? EMPTY_EMBEDDED_TABLES : measuredOn;
  const figures = `measured on ${on}${emptied}: ${sizes.length > 0 ? `${sizes.join(', ')}, ` : ''}${formatMs(measurement.durationMs)}`;
  return `${statementHead(sql)}: ${locks}${rewrite}; ${whoWaits(mode)} (${figures}).`;
}
function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}
