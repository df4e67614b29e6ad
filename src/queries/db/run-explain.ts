import { readPlanInput, type RawPlanDocument } from '../plan/read-plan-input.js';
import type { ExplainScript } from '../sql/explain-script.js';
import { statementLocation, type SqlStatement } from '../../postgres/sql/sql-statement.js';
import { DatabaseError, type PlanDatabase } from '../../postgres/db/plan-database.js';
import { statementError, type StatementLimits } from '../../postgres/db/statement-error.js';

/**
 * Sends an EXPLAIN script one command per round trip and returns the plan. When a command fails, the script's
 * `afterFailure` commands are sent instead of the rest (ROLLBACK, DEALLOCATE), each on its own, so nothing the
 * audit began outlives it; then the failure becomes an error naming the statement and the server's message.
 */
export async function runExplain(database: PlanDatabase, statement: SqlStatement, script: ExplainScript, limits: StatementLimits): Promise<RawPlanDocument> {
  let plan: RawPlanDocument | undefined;
  try {
    for (const [index, step] of script.steps.entries()) {
      const rows = await database.run(step);
      if (index === script.planStep) plan = planDocument(rows, statement);
    }
  } catch (error) {
    await runEach(database, script.afterFailure);
    if (error instanceof DatabaseError) throw statementError(statement, error, limits);
    throw error;
  }
  if (!plan) throw new Error(`${statementLocation(statement)}: the EXPLAIN script has no plan step ${script.planStep}; this is a bug.`);
  return plan;
}

/** After a failure every clean-up command is tried on its own: one failing (nothing prepared yet) must not skip the next. */
async function runEach(database: PlanDatabase, commands: readonly string[]): Promise<void> {
  for (const command of commands) {
    try {
      await database.run(command);
    } catch {
      // Nothing left for this command to undo: the transaction already ended, or the statement was never prepared.
    }
  }
}

/**
 * EXPLAIN (FORMAT JSON) answers one row with one column, `QUERY PLAN`: node-postgres hands it over parsed, PGlite
 * may hand it over as text. It is checked as a saved plan is, so a surprise fails with the same clear message.
 */
function planDocument(rows: readonly Record<string, unknown>[], statement: SqlStatement): RawPlanDocument {
  const value = rows[0] ? Object.values(rows[0])[0] : undefined;
  const text = typeof value === 'string' ? value : JSON.stringify(value ?? null);
  const [document] = readPlanInput(text, `the EXPLAIN output for ${statementLocation(statement)}`).documents;
  return document;
}
