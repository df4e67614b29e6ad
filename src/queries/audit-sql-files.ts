import { UsageError } from '../core/config/usage-error.js';
import type { Finding } from '../core/finding.js';
import type { RuleSettings } from '../core/rules/settings.js';
import { adviseIndexes } from './advice/advise-indexes.js';
import { mergeWorkloadSuggestions, type WorkloadSuggestion } from './advice/workload-indexes.js';
import { addAdviceStats, emptyAdviceStats, type IndexAdviceStats } from './advice/advice-stats.js';
import { settleIndexedForeignKeys } from './db/indexed-foreign-keys.js';
import { calledFunctions, refusedUnderAnalyze, type CalledFunction } from './db/called-functions.js';
import { StatementRefusedError } from '../postgres/db/statement-error.js';
import type { VerifyIndexesSetting } from './advice/verification-mode.js';
import type { PlanDatabase } from '../postgres/db/plan-database.js';
import { runExplain } from './db/run-explain.js';
import { judgePlans, type MissingFeature } from './judge-plans.js';
import type { RawPlanDocument } from './plan/read-plan-input.js';
import { withoutOwnSettings } from './own-settings.js';
import { chooseValues, valuedPlanFindings } from './params/valued-plans.js';
import type { SqlItem } from './read-sql-files.js';
import { refusedStatement } from './refused-statement.js';
import { notAuditedFinding, sqlErrorFinding, templateFinding, withStatementName } from './statement-findings.js';
import { occurrenceCounter, planFinding, ruleNodeKey } from './plan-finding.js';
import type { AuditableStatement } from './sql/auditable-statement.js';
import { explainScript, type ExplainScript } from './sql/explain-script.js';
import type { PgParser } from '../postgres/sql/pg-parser.js';
import { statementLabel } from './sql/statement-label.js';
import { nodeEntry } from './sql/statement-refusal.js';
import { statementLocation, type SqlStatement } from '../postgres/sql/sql-statement.js';

export interface SqlAuditSettings {
  analyze: boolean;
  statementTimeoutMs: number;
  lockTimeoutMs: number;
  /** How index advice checks its candidates with the planner (docs/rules/missing-index.md). */
  verifyIndexes: VerifyIndexesSetting;
  /** User-defined VOLATILE functions (name or schema.name) that ANALYZE may run. */
  allowFunctions?: readonly string[];
  /**
   * `query-params`: values pinned per statement, keyed by its `-- name:` or `file:line`, each `{ 1: 'value' }`
   * for `$1`; the other parameters get values from the data.
   */
  queryParams?: Readonly<Record<string, Readonly<Record<number, string>>>>;
  /** Query files that are schema files too (sqlc often names one file for both): their DDL is loaded already. */
  schemaFiles?: ReadonlySet<string>;
}

export interface SqlAudit {
  findings: Finding[];
  plans: number;
  /** `file:line` of each statement that got a generic plan (it has `$n` parameters): estimates only. */
  estimateOnly: string[];
  notRun: MissingFeature[];
  indexAdvice: IndexAdviceStats;
  /** Statements reported as not audited (DDL, refusals), and those that failed (sql-error). */
  notAudited: number;
  errors: number;
}

/**
 * Explains each statement on the database, one transaction each (always rolled back), and judges its plan with the
 * plan rules, then gives index advice for it. Findings point at the statement: its first line to its last, with the
 * plan node's path in `data`. A statement the server refuses is a sql-error finding and the others go on.
 */
export async function auditSqlStatements(
  database: PlanDatabase,
  parser: PgParser,
  statements: readonly AuditableStatement[],
  settings: SqlAuditSettings,
  rulesFor: (file: string) => RuleSettings,
  log?: (line: string) => void,
): Promise<SqlAudit> {
  return auditSqlItems(database, parser, statements.map((statement) => ({ kind: 'audit', statement })), settings, rulesFor, log);
}

/**
 * Every item of the SQL files in file order: statements explained, DDL applied as schema on the embedded database
 * (a notice says so) or left alone on a server (a notice: not audited), refusals and parse errors reported where
 * they are. Only an unreachable database stops the run.
 */
export async function auditSqlItems(
  database: PlanDatabase,
  parser: PgParser,
  items: readonly SqlItem[],
  settings: SqlAuditSettings,
  rulesFor: (file: string) => RuleSettings,
  log?: (line: string) => void,
): Promise<SqlAudit> {
  const audit: SqlAudit = { findings: [], plans: 0, estimateOnly: [], notRun: [], indexAdvice: emptyAdviceStats(), notAudited: 0, errors: 0 };
  const suggestions: WorkloadSuggestion[] = [];
  const report = (finding: Finding | undefined) => {
    if (finding) audit.findings.push(finding);
  };
  for (const item of items) {
    if (item.kind === 'unparsed') {
      const { failure } = item;
      const { placeholder } = failure;
      if (placeholder) {
        audit.notAudited += 1;
        report(templateFinding({ ...failure, column: placeholder.column, startLine: placeholder.line, endLine: placeholder.line }, placeholder.text, rulesFor(failure.file)));
        continue;
      }
      audit.errors += 1;
      report(sqlErrorFinding({ ...failure, column: failure.column, startLine: failure.line, endLine: failure.line }, `The SQL does not parse: ${failure.reason}. Fix the statement so PostgreSQL accepts it.`, { reason: 'parse' }, rulesFor(failure.file)));
    } else if (item.kind === 'refused') {
      const finding = await refusedStatement(database, item.statement, item.refusal, rulesFor(item.statement.file), settings.schemaFiles, log);
      if (finding?.rule === 'sql-error') audit.errors += 1;
      else audit.notAudited += 1;
      report(finding);
    } else {
      const outcome = await auditStatement(database, parser, item.statement, settings, rulesFor, log);
      if ('refused' in outcome) {
        if (outcome.counts === 'error') audit.errors += 1;
        else audit.notAudited += 1;
        report(outcome.refused);
        continue;
      }
      audit.plans += 1;
      audit.findings.push(...outcome.findings);
      if (outcome.estimateOnly) audit.estimateOnly.push(statementLocation(item.statement));
      audit.notRun.push(...outcome.notRun);
      audit.indexAdvice = addAdviceStats(audit.indexAdvice, outcome.indexAdvice);
      suggestions.push(...outcome.suggestions);
    }
  }
  audit.findings = await mergeWorkloadSuggestions(audit.findings, suggestions, audit.indexAdvice);
  return audit;
}

interface StatementAudit {
  findings: Finding[];
  suggestions: WorkloadSuggestion[];
  estimateOnly: boolean;
  notRun: MissingFeature[];
  indexAdvice: IndexAdviceStats;
}

async function auditStatement(
  database: PlanDatabase,
  parser: PgParser,
  statement: AuditableStatement,
  settings: SqlAuditSettings,
  rulesFor: (file: string) => RuleSettings,
  log?: (line: string) => void,
): Promise<StatementAudit | { refused: Finding | undefined; counts: 'error' | 'not-audited' }> {
  const rules = rulesFor(statement.file);
  let script: ExplainScript;
  try {
    script = explainScript(parser, statement, { ...settings, serverVersionNum: database.identity.versionNum });
  } catch (error) {
    // The statement's text could not be wrapped safely (the re-parse disagreed): reported, never sent.
    if (!(error instanceof UsageError) || !error.message.startsWith(`${statementLocation(statement)}: refusing to send`)) throw error;
    const reason = error.message.slice(statementLocation(statement).length + 2);
    return { refused: notAuditedFinding(statement, 'not-explainable', `Not audited: ${reason}`, {}, rules), counts: 'not-audited' };
  }
  // Every user-defined function the statement may run is listed with its findings; under ANALYZE a VOLATILE one
  // must be allowed by name, since what it does (write elsewhere, signal, call out) may outlive the rollback.
  const functions = await calledFunctions(database, statement.node, script.analyze);
  const refused = script.analyze ? refusedUnderAnalyze(functions, settings.allowFunctions ?? []) : [];
  if (refused.length > 0) {
    // Planned without ANALYZE instead, which is safe: plain EXPLAIN runs no executor and fires no trigger, and the
    // planner never calls a VOLATILE function (it folds IMMUTABLE calls, and evaluates STABLE ones only to estimate).
    // The statement is audited on estimates, as the ANALYZE rules' "not run" list says.
    log?.(`queries: ${statementLocation(statement)} is planned but not run: under ANALYZE it would run the VOLATILE ${namedFunctions(refused)}, not in allow-functions`);
    script = explainScript(parser, statement, { ...settings, analyze: false, serverVersionNum: database.identity.versionNum });
  }
  const withFunctions = (finding: Finding): Finding => (functions.length > 0 ? { ...finding, data: { ...finding.data, functions } } : finding);
  log?.(`queries: ${script.analyze ? 'EXPLAIN ANALYZE' : 'EXPLAIN'} of ${statementLocation(statement)}${script.estimateOnly ? ' (generic plan: estimates only)' : ''}`);
  let raw: RawPlanDocument;
  try {
    raw = await runExplain(database, statement, script, settings);
  } catch (error) {
    // Without a SQLSTATE the connection failed, not the statement: nothing else can be audited either.
    if (!(error instanceof StatementRefusedError) || error.serverError.code === undefined) throw error;
    const { message, code } = error.serverError;
    const finding = sqlErrorFinding(statement, `The database refused the statement: ${message} (SQLSTATE ${code}). ${error.fix}`, { sqlstate: code, serverMessage: message }, rules);
    return { refused: finding && withFunctions(finding), counts: 'error' };
  }
  const plan = withoutOwnSettings(raw, script, database.engineSettings ?? []);
  const judgement = judgePlans([plan], rules);
  const occurrence = occurrenceCounter();
  const anchor = `${statement.file}\0${normalisedSql(statement.written ?? statement.sql)}`;
  const findings: Finding[] = [];
  for (const judged of judgement.reports) {
    const finding = planFinding(judged, statementPlace(statement), anchor, occurrence(judged));
    findings.push(withStatement(withStatementName(statement, withFunctions(script.estimateOnly ? { ...finding, data: { ...finding.data, estimateOnly: true } } : finding)), statement));
  }
  const cases = script.estimateOnly ? await chooseValues(database, statement, settings.queryParams, log) : undefined;
  const advice = await adviseIndexes(database, statement, plan, { ...settings, parser, rule: rules['missing-index'], valueCases: cases });
  // The workload step finds each kept suggestion among the statement's findings as they are reported.
  const reported = new Map(advice.findings.map((finding) => [finding, withStatement(withStatementName(statement, withFunctions(finding)), statement)]));
  findings.push(...reported.values());
  const suggestions = advice.suggestions.map((suggestion) => ({ ...suggestion, finding: reported.get(suggestion.finding) ?? suggestion.finding }));
  const valued = cases
    ? await valuedPlanFindings(
        database,
        parser,
        statement,
        cases,
        { ...settings, analyze: await analyzeWithValues(database, statement, settings, log) },
        rules,
        statementPlace(statement),
        anchor,
        new Set(judgement.reports.map(ruleNodeKey)),
        log,
      )
    : undefined;
  for (const finding of valued?.findings ?? []) {
    findings.push(withStatement(withStatementName(statement, withFunctions(finding)), statement));
  }
  const estimateOnly = script.estimateOnly && !valued?.plans;
  return {
    findings: await settleIndexedForeignKeys(database, findings, minReferencingRows(rules)),
    suggestions,
    estimateOnly,
    // With analyze on, a generic plan lacks actual rows only because it has no values to run with; `estimateOnly`
    // already names it, and listing every ANALYZE rule as not run would wrongly say analyze was off.
    notRun: valued?.plans ? valued.notRun : settings.analyze && script.estimateOnly ? [] : judgement.notRun,
    indexAdvice: advice.stats,
  };
}

/**
 * Whether the custom plans of a parameterised statement may run under ANALYZE. Its generic plan never runs, so its
 * functions and triggers were not checked against allow-functions: they are here, and a VOLATILE one not allowed
 * means the custom plans are only planned (the log says why), never that it runs.
 */
async function analyzeWithValues(database: PlanDatabase, statement: AuditableStatement, settings: SqlAuditSettings, log?: (line: string) => void): Promise<boolean> {
  if (!settings.analyze || statement.locksRows) return false;
  const refused = refusedUnderAnalyze(await calledFunctions(database, statement.node, true), settings.allowFunctions ?? []);
  if (refused.length === 0) return true;
  log?.(`queries: ${statementLocation(statement)} is planned with values but not run: it would run the VOLATILE ${namedFunctions(refused)}, not in allow-functions`);
  return false;
}

/** `public.touch_book (trigger books_touch on books)`: each function once, with how the statement reaches it. */
function namedFunctions(functions: readonly CalledFunction[]): string {
  return [...new Set(functions.map((fn) => `${fn.name} (${fn.via})`))].join(', ');
}

/** The statement a finding is about, so the comment can show it (its kind and first line, the whole folded). */
function withStatement(finding: Finding, statement: AuditableStatement): Finding {
  return { ...finding, data: { ...finding.data, statement: statement.written ?? statement.sql, statementKind: statementLabel(...nodeEntry(statement.node)) } };
}

/** The whole statement: first line, column 1, to the end of its last line. */
function statementPlace(statement: SqlStatement) {
  const lastLine = (statement.written ?? statement.sql).split('\n').at(-1) ?? '';
  return { file: statement.file, line: statement.startLine, column: 1, endLine: statement.endLine, endColumn: lastLine.length + 1 };
}

/** Re-indenting or re-wrapping a statement keeps its findings' fingerprints. */
function normalisedSql(sql: string): string {
  return sql.replace(/\s+/g, ' ').trim();
}

/** slow-foreign-key-check's floor for the catalog step, as configured; the rule's default otherwise. */
function minReferencingRows(rules: RuleSettings): number | undefined {
  const value = rules['slow-foreign-key-check']?.options['min-referencing-rows'];
  return typeof value === 'number' ? value : undefined;
}
