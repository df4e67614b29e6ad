import type { Finding } from '../core/finding.js';
import type { RuleSettings } from '../core/rules/settings.js';
import { adviseIndexes } from './advice/advise-indexes.js';
import { addAdviceStats, emptyAdviceStats, type IndexAdviceStats } from './advice/advice-stats.js';
import type { VerifyIndexesSetting } from './advice/verification-mode.js';
import type { PlanDatabase } from './db/plan-database.js';
import { runExplain } from './db/run-explain.js';
import { judgePlans, type MissingFeature } from './judge-plans.js';
import { isObject, type RawPlanDocument } from './plan/read-plan-input.js';
import { occurrenceCounter, planFinding } from './plan-finding.js';
import type { AuditableStatement } from './sql/auditable-statement.js';
import { explainScript, type ExplainScript } from './sql/explain-script.js';
import type { PgParser } from './sql/pg-parser.js';
import { statementLabel } from './sql/statement-label.js';
import { nodeEntry } from './sql/statement-refusal.js';
import { statementLocation, type SqlStatement } from './sql/sql-statement.js';

export interface SqlAuditSettings {
  analyze: boolean;
  statementTimeoutMs: number;
  lockTimeoutMs: number;
  /** How index advice checks its candidates with the planner (docs/rules/missing-index.md). */
  verifyIndexes: VerifyIndexesSetting;
}

export interface SqlAudit {
  findings: Finding[];
  plans: number;
  /** `file:line` of each statement that got a generic plan (it has `$n` parameters): estimates only. */
  estimateOnly: string[];
  notRun: MissingFeature[];
  indexAdvice: IndexAdviceStats;
}

/**
 * Explains each statement on the database, one transaction each (always rolled back), and judges its plan with the
 * plan rules, then gives index advice for it. Findings point at the statement: its first line to its last, with the plan node's path in `data`.
 * The first statement the server refuses stops the audit: its error names the statement and the server's message.
 */
export async function auditSqlStatements(
  database: PlanDatabase,
  parser: PgParser,
  statements: readonly AuditableStatement[],
  settings: SqlAuditSettings,
  rulesFor: (file: string) => RuleSettings,
  log?: (line: string) => void,
): Promise<SqlAudit> {
  const findings: Finding[] = [];
  const estimateOnly: string[] = [];
  const notRun: MissingFeature[] = [];
  let indexAdvice = emptyAdviceStats();
  for (const statement of statements) {
    const script = explainScript(parser, statement, { ...settings, serverVersionNum: database.identity.versionNum });
    log?.(`queries: ${script.analyze ? 'EXPLAIN ANALYZE' : 'EXPLAIN'} of ${statementLocation(statement)}${script.estimateOnly ? ' (generic plan: estimates only)' : ''}`);
    const plan = withoutOwnSettings(await runExplain(database, statement, script, settings), script, database.engineSettings ?? []);
    const judgement = judgePlans([plan], rulesFor(statement.file));
    if (script.estimateOnly) estimateOnly.push(statementLocation(statement));
    // With analyze on, a generic plan lacks actual rows only because it has no values to run with; `estimateOnly`
    // already names it, and listing every ANALYZE rule as not run would wrongly say analyze was off.
    if (!(settings.analyze && script.estimateOnly)) notRun.push(...judgement.notRun);
    const occurrence = occurrenceCounter();
    const anchor = `${statement.file}\0${normalisedSql(statement.sql)}`;
    for (const judged of judgement.reports) {
      const finding = withStatement(planFinding(judged, statementPlace(statement), anchor, occurrence(judged)), statement);
      findings.push(script.estimateOnly ? { ...finding, data: { ...finding.data, estimateOnly: true } } : finding);
    }
    const rule = rulesFor(statement.file)['missing-index'];
    const advice = await adviseIndexes(database, statement, plan, { ...settings, parser, rule });
    findings.push(...advice.findings.map((finding) => withStatement(finding, statement)));
    indexAdvice = addAdviceStats(indexAdvice, advice.stats);
  }
  return { findings, plans: statements.length, estimateOnly, notRun, indexAdvice };
}

/**
 * The plan's `Settings` list what differs from the server's defaults, including what the script itself set
 * (`plan_cache_mode` for a generic plan before PostgreSQL 16) and what the engine forces (PGlite's). Those are not
 * the application's doing, so they are dropped before the non-default-settings rule sees them.
 */
function withoutOwnSettings(plan: RawPlanDocument, script: ExplainScript, engineSettings: readonly string[]): RawPlanDocument {
  if (!isObject(plan.Settings)) return plan;
  const own = new Set([...engineSettings, ...script.steps.flatMap((step) => /^SET LOCAL (\w+) =/.exec(step)?.[1] ?? [])]);
  const settings = Object.fromEntries(Object.entries(plan.Settings).filter(([name]) => !own.has(name)));
  return { ...plan, Settings: settings };
}

/** The statement a finding is about, so the comment can show it (its kind and first line, the whole folded). */
function withStatement(finding: Finding, statement: AuditableStatement): Finding {
  return { ...finding, data: { ...finding.data, statement: statement.sql, statementKind: statementLabel(...nodeEntry(statement.node)) } };
}

/** The whole statement: first line, column 1, to the end of its last line. */
function statementPlace(statement: SqlStatement) {
  const lastLine = statement.sql.split('\n').at(-1) ?? '';
  return { file: statement.file, line: statement.startLine, column: 1, endLine: statement.endLine, endColumn: lastLine.length + 1 };
}

/** Re-indenting or re-wrapping a statement keeps its findings' fingerprints. */
function normalisedSql(sql: string): string {
  return sql.replace(/\s+/g, ' ').trim();
}
