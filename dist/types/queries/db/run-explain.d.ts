import { type RawPlanDocument } from '../plan/read-plan-input.js';
import type { ExplainScript } from '../sql/explain-script.js';
import { type SqlStatement } from '../sql/sql-statement.js';
import { type PlanDatabase } from './plan-database.js';
import { type StatementLimits } from './statement-error.js';
/**
 * Sends an EXPLAIN script one command per round trip and returns the plan. When a command fails, the script's
 * `afterFailure` commands are sent instead of the rest (ROLLBACK, DEALLOCATE), each on its own, so nothing the
 * audit began outlives it; then the failure becomes an error naming the statement and the server's message.
 */
export declare function runExplain(database: PlanDatabase, statement: SqlStatement, script: ExplainScript, limits: StatementLimits): Promise<RawPlanDocument>;
