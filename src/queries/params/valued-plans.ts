import type { Finding, Location } from '../../core/finding.js';
import type { RuleSettings } from '../../core/rules/settings.js';
import type { PlanDatabase } from '../../postgres/db/plan-database.js';
import { runExplain } from '../db/run-explain.js';
import { StatementRefusedError } from '../../postgres/db/statement-error.js';
import { judgePlans, type MissingFeature } from '../judge-plans.js';
import { withoutOwnSettings } from '../own-settings.js';
import { occurrenceCounter, planFinding, ruleNodeKey } from '../plan-finding.js';
import type { AuditableStatement } from '../sql/auditable-statement.js';
import { customPlanScript, type ExplainSettings } from '../sql/explain-script.js';
import type { PgParser } from '../../postgres/sql/pg-parser.js';
import { statementLocation } from '../../postgres/sql/sql-statement.js';
import { parameterCases, type ParameterCase } from './parameter-values.js';

export interface ValuedPlans {
  findings: Finding[];
  /** How many custom plans were explained (0: the statement keeps its generic, estimate-only plan). */
  plans: number;
  notRun: MissingFeature[];
}

/**
 * A parameterised statement explained again with values from the data (a common and a rare one per parameter, or
 * the config's pinned ones), as custom plans with ANALYZE where the audit runs it, so the rules that need actual
 * rows judge it. Each finding says which values showed it; one already reported on the same node by an earlier plan
 * is not repeated. A value the server refuses (a type it does not cast to) costs that plan, not the statement.
 */
export async function valuedPlanFindings(
  database: PlanDatabase,
  parser: PgParser,
  statement: AuditableStatement,
  cases: readonly ParameterCase[],
  settings: Omit<ExplainSettings, 'serverVersionNum'>,
  rules: RuleSettings,
  place: Location,
  anchor: string,
  seen: Set<string>,
  log?: (line: string) => void,
): Promise<ValuedPlans> {
  const result: ValuedPlans = { findings: [], plans: 0, notRun: [] };
  const location = statementLocation(statement);
  const occurrence = occurrenceCounter();
  for (const valued of cases) {
    const script = customPlanScript(parser, statement, { ...settings, serverVersionNum: database.identity.versionNum }, valued.values);
    log?.(`queries: ${script.analyze ? 'EXPLAIN ANALYZE' : 'EXPLAIN'} of ${location} with ${valued.description}`);
    let raw;
    try {
      raw = await runExplain(database, statement, script, settings);
    } catch (error) {
      if (!(error instanceof StatementRefusedError) || error.serverError.code === undefined) throw error;
      log?.(`queries: ${location} with ${valued.description} was refused: ${error.serverError.message}`);
      continue;
    }
    result.plans += 1;
    const judgement = judgePlans([withoutOwnSettings(raw, script, database.engineSettings ?? [])], rules);
    result.notRun = judgement.notRun;
    for (const judged of judgement.reports) {
      const key = ruleNodeKey(judged);
      if (seen.has(key)) continue;
      seen.add(key);
      const finding = planFinding(judged, place, `${anchor}\0${valued.name}`, occurrence(judged));
      result.findings.push({
        ...finding,
        message: `${finding.message} Shown with ${valued.description}.`,
        data: { ...finding.data, parameterCase: valued.name, parameterValues: Object.fromEntries(valued.values.map((value, index) => [`$${index + 1}`, value])) },
      });
    }
  }
  return result;
}

/**
 * The values to explain a parameterised statement with: pinned ones from query-params (by `-- name:`, else by
 * `file:line`), the rest from the data. Undefined, with the reason in the log, when some parameter has none.
 */
export async function chooseValues(
  database: PlanDatabase,
  statement: AuditableStatement,
  queryParams: Readonly<Record<string, Readonly<Record<number, string>>>> | undefined,
  log?: (line: string) => void,
): Promise<ParameterCase[] | undefined> {
  const location = statementLocation(statement);
  const pinned = (statement.name ? queryParams?.[statement.name] : undefined) ?? queryParams?.[location] ?? {};
  const chosen = await parameterCases(database, statement.node, statement.parameterCount, pinned);
  if ('cases' in chosen) return chosen.cases;
  log?.(`queries: ${location} keeps its generic plan: ${chosen.missing}`);
  return undefined;
}
