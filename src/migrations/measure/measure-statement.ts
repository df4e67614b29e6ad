import type { PlanDatabase } from '../../postgres/db/plan-database.js';
import { LOCK_MODES, strongestMode, type LockMode } from '../lock-modes.js';
import { heldLocks, relationStates, type RelationState } from './relation-snapshot.js';
import type { Measured, MeasuredLock } from './statement-measurement.js';

/** A measurement, and the relations the statement created (which hold nobody's data yet). */
export interface StatementRun {
  measurement: Measured;
  created: string[];
}

/**
 * Runs one statement inside the caller's transaction and reads what it did from the catalog: the locks this
 * session holds after it that it did not hold before (locks stay until the transaction ends, so the difference is
 * the statement's own), and the relations whose relfilenode changed (PostgreSQL writes a rewritten table or index
 * to a new file). Relations the statement created, or that `heldNoData` names (created earlier in the change), are
 * left out: locking them blocks nobody.
 */
export async function measureStatement(database: PlanDatabase, run: () => Promise<unknown>, heldNoData: (relation: string) => boolean): Promise<StatementRun> {
  const before = await relationStates(database);
  const locksBefore = await heldLocks(database);
  const started = performance.now();
  await run();
  const durationMs = Math.round((performance.now() - started) * 10) / 10;
  const locksAfter = await heldLocks(database);
  const after = await relationStates(database);
  const holdsData = (oid: number): RelationState | undefined => {
    const relation = before.get(oid);
    return relation !== undefined && !heldNoData(relation.name) ? relation : undefined;
  };
  const locks: MeasuredLock[] = [];
  for (const [key, { oid, mode }] of locksAfter) {
    const relation = locksBefore.has(key) ? undefined : holdsData(oid);
    if (relation) locks.push({ relation: relation.name, kind: relation.kind, mode });
  }
  locks.sort((a, b) => a.relation.localeCompare(b.relation) || LOCK_MODES.indexOf(b.mode) - LOCK_MODES.indexOf(a.mode));
  const strongestBefore = new Map<string, LockMode>();
  for (const { oid, mode } of locksBefore.values()) {
    const relation = holdsData(oid);
    if (relation?.kind !== 'table') continue;
    const held = strongestBefore.get(relation.name);
    strongestBefore.set(relation.name, held === undefined ? mode : (strongestMode([held, mode]) ?? mode));
  }
  const heldBefore = [...strongestBefore].map(([relation, mode]): MeasuredLock => ({ relation, kind: 'table', mode })).sort((a, b) => a.relation.localeCompare(b.relation));
  const rewritten = [...before.values()]
    .filter((relation) => holdsData(relation.oid) && relation.relfilenode !== 0 && after.has(relation.oid) && after.get(relation.oid)?.relfilenode !== relation.relfilenode)
    .map((relation) => relation.name)
    .sort();
  const touched = new Set([...locks.map((lock) => lock.relation), ...heldBefore.map((lock) => lock.relation), ...rewritten]);
  const tables = [...before.values()]
    .filter((relation) => relation.kind === 'table' && touched.has(relation.name))
    .map(({ name, rows, bytes }) => ({ name, rows: Math.max(0, Math.round(rows)), bytes }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const created = [...after.values()].filter((relation) => !before.has(relation.oid)).map((relation) => relation.name);
  return { measurement: { measured: true, locks, heldBefore, rewritten, tables, durationMs }, created };
}
