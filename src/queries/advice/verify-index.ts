import { DatabaseError, type PlanDatabase } from '../../postgres/db/plan-database.js';
import type { RawPlanDocument } from '../plan/read-plan-input.js';
import type { AuditableStatement } from '../sql/auditable-statement.js';
import { customPlanScript, explainScript } from '../sql/explain-script.js';
import type { PgParser } from '../../postgres/sql/pg-parser.js';
import { createIndexSql, indexName, type IndexDefinition } from './index-definition.js';
import { indexNamesIn, totalCost } from './plan-scans.js';

export interface VerificationTimeouts {
  statementTimeoutMs: number;
  lockTimeoutMs: number;
}

export type VerificationResult =
  | {
      outcome: 'planned';
      costAfter: number;
      /** The name the candidate has in the plan (HypoPG's own, e.g. `<16423>btree_orders_status`). */
      plannedName: string;
      /** Every index the new plan uses. */
      planIndexes: string[];
    }
  /** The server refused: a read-only server, a lock held too long, a name taken. Not the run's failure. */
  | { outcome: 'refused'; reason: string };

/** SQLSTATE of a write refused by a hot standby or a read-only transaction. */
const READ_ONLY_SQL_TRANSACTION = '25006';

/**
 * Plans the statement once more with the candidate index present (and the suggestions already kept for it), in a
 * transaction that is always rolled back: with HypoPG the index is hypothetical (and dropped again, since HypoPG's
 * indexes live in the session, not in the transaction); in transaction mode it is built for real under lock_timeout
 * and vanishes with the ROLLBACK. The statement is planned, never run (no ANALYZE), by the same EXPLAIN script as
 * the audit, so generic plans for `$n` statements come out the same way. One planner call per candidate.
 */
export async function verifyIndex(
  database: PlanDatabase,
  parser: PgParser,
  statement: AuditableStatement,
  /**
   * The candidate last; the ones before it are suggestions already kept for the same statement. None: the plan as
   * it is with those kept before, the baseline a custom plan's cost is compared with.
   */
  definitions: readonly IndexDefinition[],
  mode: 'hypopg' | 'transaction',
  timeouts: VerificationTimeouts,
  /** Values for the `$n` parameters: the statement is planned as a custom plan for them instead of a generic one. */
  values?: readonly string[],
): Promise<VerificationResult> {
  // Only the timeouts are taken from the caller's settings: the verification is always a plain EXPLAIN (HypoPG's
  // indexes are invisible to EXPLAIN ANALYZE, and a real run would execute the statement again).
  const settings = {
    analyze: false,
    statementTimeoutMs: timeouts.statementTimeoutMs,
    lockTimeoutMs: timeouts.lockTimeoutMs,
    serverVersionNum: database.identity.versionNum,
  };
  const script = values ? customPlanScript(parser, statement, settings, values) : explainScript(parser, statement, settings);
  const openingLength = script.steps.findIndex((step) => !/^(BEGIN|SET LOCAL)\b/.test(step));
  const opening = script.steps.slice(0, openingLength);
  const creates = definitions.map((definition) => createIndexSql(parser, definition, { concurrently: false }));
  // The definition goes to HypoPG as a bound parameter: no second layer of quoting to get right.
  const setup = creates.map((create) => () => (mode === 'hypopg' ? database.query('SELECT indexname FROM hypopg_create_index($1)', [create]) : database.run(create)));
  const cleanup = mode === 'hypopg' ? ['SELECT hypopg_reset()'] : [];
  // Building a real index writes, so transaction mode cannot run READ ONLY even for a SELECT.
  if (mode === 'transaction') opening[0] = 'BEGIN';
  const explainSteps = script.steps.slice(openingLength);
  const planStep = script.planStep - openingLength;
  const candidate = definitions.at(-1);
  let createdName = candidate ? indexName(candidate) : '';
  let plan: RawPlanDocument | undefined;
  try {
    for (const step of opening) await database.run(step);
    for (const create of setup) {
      const created = await create();
      // HypoPG names its index itself (`<16423>btree_orders_status`); the plan shows that name.
      if (mode === 'hypopg') createdName = String(created[0]?.indexname ?? createdName);
    }
    for (const [index, step] of explainSteps.entries()) {
      // HypoPG's index outlives ROLLBACK; it is dropped while the transaction is still usable.
      if (step === 'ROLLBACK') for (const command of cleanup) await database.run(command);
      const rows = await database.run(step);
      if (index === planStep) plan = planOf(rows);
    }
  } catch (error) {
    await runEach(database, [...script.afterFailure, ...cleanup]);
    if (!(error instanceof DatabaseError)) throw error;
    return { outcome: 'refused', reason: error.code === READ_ONLY_SQL_TRANSACTION ? 'read-only server' : `the server answered: ${error.message}` };
  }
  if (!plan) throw new Error(`The EXPLAIN step of the index verification returned no plan for ${statement.file}:${statement.startLine}.`);
  return { outcome: 'planned', costAfter: totalCost(plan), plannedName: createdName, planIndexes: [...indexNamesIn(plan)].sort() };
}

/** After a failure every clean-up command is tried, each on its own: one failing must not skip the next. */
async function runEach(database: PlanDatabase, commands: string[]): Promise<void> {
  for (const command of commands) {
    try {
      await database.run(command);
    } catch {
      // Nothing left to undo by this command (no transaction open, statement never prepared).
    }
  }
}

/** EXPLAIN (FORMAT JSON) returns one row, one column: node-postgres and PGlite hand it over parsed or as text. */
function planOf(rows: Record<string, unknown>[]): RawPlanDocument {
  const value = rows[0] ? Object.values(rows[0])[0] : undefined;
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  const document: unknown = Array.isArray(parsed) ? parsed[0] : parsed;
  if (typeof document !== 'object' || document === null || !('Plan' in document)) throw new Error('EXPLAIN (FORMAT JSON) returned no plan document.');
  return document as RawPlanDocument;
}
