import { UsageError } from '../../core/config/usage-error.js';
import type { AuditableStatement } from './auditable-statement.js';
import type { PgParser } from '../../postgres/sql/pg-parser.js';
import { safeExplain, safeExplainExecute, safePrepare } from './safe-explain.js';

export interface ExplainSettings {
  /** EXPLAIN ANALYZE runs the statement (then rolls it back); without it the plan is the planner's estimate. */
  analyze: boolean;
  statementTimeoutMs: number;
  lockTimeoutMs: number;
  /** `server_version_num`, e.g. 150004 or 180001. */
  serverVersionNum: number;
}

/** The exact commands the executor sends, one per round trip, for one statement. */
export interface ExplainScript {
  steps: string[];
  /** The index in `steps` whose result is the plan. */
  planStep: number;
  /** Sent instead of the remaining steps once one fails, so nothing the audit did outlives it. */
  afterFailure: string[];
  readOnly: boolean;
  /** Whether ANALYZE really runs; a statement with parameters never does. */
  analyze: boolean;
  /** A generic plan for `$n` parameters: estimates only, and the report must say so. */
  estimateOnly: boolean;
}

/** The name of the audit's prepared statement; prefixed so it cannot clash with the application's. */
export const PREPARED_STATEMENT_NAME = 'predator_guard_statement';
const OLDEST_SUPPORTED = 120000;
const GENERIC_PLAN_SINCE = 160000;

/**
 * Every EXPLAIN runs inside BEGIN … ROLLBACK with statement and lock timeouts scoped to that transaction (SET
 * LOCAL), READ ONLY unless the statement writes. A statement with `$n` parameters has no values to run with, so it
 * gets a generic plan: `EXPLAIN (GENERIC_PLAN)` from PostgreSQL 16, and before that PREPARE + a forced generic plan
 * + `EXPLAIN EXECUTE s(NULL, …)`. PREPARE is not transactional, so DEALLOCATE follows the rollback.
 */
export function explainScript(parser: PgParser, statement: AuditableStatement, settings: ExplainSettings): ExplainScript {
  requireSupportedServer(settings.serverVersionNum);
  const opening = openingSteps(statement, settings);
  const shared = { readOnly: statement.access === 'read-only' };
  if (statement.parameterCount === 0) {
    // FOR UPDATE/SHARE stays READ ONLY, where PostgreSQL refuses to run it: planned, never run.
    const analyze = settings.analyze && !statement.locksRows;
    const options = analyze ? ['ANALYZE', 'BUFFERS', ...PLAN_OPTIONS] : PLAN_OPTIONS;
    const steps = [...opening, safeExplain(parser, statement, options), 'ROLLBACK'];
    return { steps, planStep: opening.length, afterFailure: ['ROLLBACK'], ...shared, analyze, estimateOnly: false };
  }
  if (settings.serverVersionNum >= GENERIC_PLAN_SINCE) {
    const steps = [...opening, safeExplain(parser, statement, ['GENERIC_PLAN', ...PLAN_OPTIONS]), 'ROLLBACK'];
    return { steps, planStep: opening.length, afterFailure: ['ROLLBACK'], ...shared, analyze: false, estimateOnly: true };
  }
  const deallocate = `DEALLOCATE ${PREPARED_STATEMENT_NAME}`;
  const steps = [
    ...opening,
    safePrepare(parser, statement, PREPARED_STATEMENT_NAME),
    'SET LOCAL plan_cache_mode = force_generic_plan',
    safeExplainExecute(parser, statement, PLAN_OPTIONS, PREPARED_STATEMENT_NAME),
    'ROLLBACK',
    deallocate,
  ];
  return { steps, planStep: opening.length + 2, afterFailure: ['ROLLBACK', deallocate], ...shared, analyze: false, estimateOnly: true };
}

/**
 * The statement planned for the given parameter values (a custom plan, as the application's first executions get),
 * with ANALYZE when the audit runs it: PREPARE, then `EXECUTE` under EXPLAIN with `plan_cache_mode =
 * force_custom_plan` so the values are planned for, never a cached generic plan. Rolled back and deallocated.
 */
export function customPlanScript(parser: PgParser, statement: AuditableStatement, settings: ExplainSettings, values: readonly string[]): ExplainScript {
  requireSupportedServer(settings.serverVersionNum);
  const analyze = settings.analyze && !statement.locksRows;
  const options = analyze ? ['ANALYZE', 'BUFFERS', ...PLAN_OPTIONS] : PLAN_OPTIONS;
  const opening = openingSteps(statement, settings);
  const deallocate = `DEALLOCATE ${PREPARED_STATEMENT_NAME}`;
  const steps = [
    ...opening,
    safePrepare(parser, statement, PREPARED_STATEMENT_NAME),
    'SET LOCAL plan_cache_mode = force_custom_plan',
    safeExplainExecute(parser, statement, options, PREPARED_STATEMENT_NAME, values),
    'ROLLBACK',
    deallocate,
  ];
  return { steps, planStep: opening.length + 2, afterFailure: ['ROLLBACK', deallocate], readOnly: statement.access === 'read-only', analyze, estimateOnly: false };
}

/** COSTS is the default but stated, so the plan never depends on the server's defaults; SETTINGS needs 12+. */
const PLAN_OPTIONS = ['COSTS', 'SETTINGS', 'FORMAT JSON'];

/** BEGIN (READ ONLY unless the statement writes) and the timeouts, scoped to the transaction. */
function openingSteps(statement: AuditableStatement, settings: ExplainSettings): string[] {
  return [
    statement.access === 'read-only' ? 'BEGIN READ ONLY' : 'BEGIN',
    `SET LOCAL statement_timeout = ${milliseconds('statement-timeout', settings.statementTimeoutMs)}`,
    `SET LOCAL lock_timeout = ${milliseconds('lock-timeout', settings.lockTimeoutMs)}`,
  ];
}

function requireSupportedServer(versionNum: number): void {
  if (Number.isInteger(versionNum) && versionNum >= OLDEST_SUPPORTED) return;
  throw new UsageError(
    `The server reports server_version_num ${versionNum}; predator-guard audits PostgreSQL 12 or later (120000+). Point the database URL at a newer server.`,
  );
}

function milliseconds(setting: string, value: number): number {
  if (Number.isInteger(value) && value >= 0) return value;
  throw new UsageError(`${setting}: got ${value}; expected a whole number of milliseconds (0 turns the limit off), e.g. 30000.`);
}
