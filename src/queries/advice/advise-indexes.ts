import type { Finding, Severity } from '../../core/finding.js';
import type { RuleSetting } from '../../core/rules/settings.js';
import type { PlanDatabase } from '../../postgres/db/plan-database.js';
import { formatShare } from '../plan/plan-numbers.js';
import type { RawPlanDocument } from '../plan/read-plan-input.js';
import type { AuditableStatement } from '../sql/auditable-statement.js';
import type { PgParser } from '../../postgres/sql/pg-parser.js';
import type { ParameterCase } from '../params/parameter-values.js';
import { adviceFinding, type AdviceReport } from './advice-finding.js';
import { emptyAdviceStats, type IndexAdviceStats } from './advice-stats.js';
import { deriveCandidates, withoutCoveredPrefixes } from './derive-candidates.js';
import { deriveGinCandidates, type GinCandidate } from './gin-candidates.js';
import { hasTrigramOpclass, servingGinIndex } from './gin-facts.js';
import { quoteIdentifier } from './sql-text.js';
import { candidateKeys, describeCondition, describeKey, type IndexCandidate, type TableName } from './index-candidate.js';
import { createIndexSql, indexName, type IndexDefinition } from './index-definition.js';
import { judgeCandidate } from './judge-candidate.js';
import { missingIndex, type MissingIndexOptions } from '../rules/index-advice/missing-index.js';
import { scansWorthAdvice, totalCost } from './plan-scans.js';
import { readTableFacts, tableLabel, type TableFacts } from './table-facts.js';
import { resolveVerification, type Verification, type VerifyIndexesSetting } from './verification-mode.js';
import type { VerificationTimeouts } from './verify-index.js';
import { costCut, judgeIndex, type CustomPlanCheck, type PlanCosts, type VerdictContext } from './index-verdict.js';
import type { WorkloadSuggestion } from './workload-indexes.js';

export interface IndexAdviceSettings extends VerificationTimeouts {
  parser: PgParser;
  verifyIndexes: VerifyIndexesSetting;
  /** The config's `rules.missing-index` for the statement's file (severity and options), if any. */
  rule?: RuleSetting;
  /**
   * Values for a parameterised statement (docs/queries.md, Parameter values): a suggestion must also be taken by the
   * planner for at least one of them, not only for the generic plan's default estimates.
   */
  valueCases?: readonly ParameterCase[];
}

export interface IndexAdvice {
  findings: Finding[];
  stats: IndexAdviceStats;
  /** The kept suggestions among the findings, for the workload step (workload-indexes.ts). */
  suggestions: WorkloadSuggestion[];
}

const COST = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * Index advice for one audited statement, called after its plan: candidates come from the parse tree, only for
 * tables the plan reads badly; the catalog skips what is not worth it (with the reason, as a notice); each remaining
 * candidate costs one planner call, and is suggested only when the new plan uses the index and its cost falls by at
 * least `min-cost-reduction`. Nothing it does remains in the database.
 */
export async function adviseIndexes(
  database: PlanDatabase,
  statement: AuditableStatement,
  plan: RawPlanDocument,
  settings: IndexAdviceSettings,
): Promise<IndexAdvice> {
  const stats = emptyAdviceStats();
  const findings: Finding[] = [];
  if (settings.rule?.severity === 'off') return { findings, stats, suggestions: [] };
  const verification = await resolveVerification(database, settings.verifyIndexes);
  const worth = scansWorthAdvice(plan);
  if (verification.mode === 'off' || worth.size === 0) return { findings, stats, suggestions: [] };
  const options = { ...missingIndex.defaultOptions, ...settings.rule?.options } as MissingIndexOptions;
  const severity: Severity = settings.rule && settings.rule.severity !== 'default' ? settings.rule.severity : missingIndex.meta.severity;
  const progress: AdviceProgress = { costs: { generic: totalCost(plan) }, kept: [] };
  const workload: KeptSuggestion[] = [];
  const seen = new Set<string>();
  const declined: AdviceReport[] = [];
  const suggestions: WorkloadSuggestion[] = [];
  // Btree candidates first (a join's keys), then GIN ones (containment, patterns), each judged the same way.
  const pending: PendingCandidate[] = [
    ...withoutCoveredPrefixes(deriveCandidates(statement.node)).map((candidate) => ({
      table: candidate.table,
      subject: (facts: TableFacts) => `${tableLabel(facts)} (${candidateKeys(candidate).map(describeKey).join(', ')})`,
      advise: (facts: TableFacts, context: CandidateContext) => adviseCandidate(candidate, facts, context),
    })),
    ...deriveGinCandidates(statement.node).map((gin) => ({
      table: gin.table,
      subject: (facts: TableFacts) => `${tableLabel(facts)} (${gin.column}) USING gin${gin.kind === 'trigram' ? ' (pg_trgm)' : ''}`,
      advise: (facts: TableFacts, context: CandidateContext) => adviseGin(gin, facts, context),
    })),
  ];
  for (const candidate of pending) {
    const facts = await readTableFacts(database, settings.parser, candidate.table);
    const scan = facts ? worth.get(facts.name) : undefined;
    if (!facts || !scan) continue;
    const subject = candidate.subject(facts);
    if (seen.has(subject)) continue;
    seen.add(subject);
    stats.candidates += 1;
    const report = await candidate.advise(facts, { ...settings, database, statement, progress, stats, verification, options, severity, scan, subject, workload });
    if (report === 'served' || report === 'small-table') {
      // An existing index serves the candidate, or its table is too small to need one: counted, never reported.
      stats.skipped += 1;
      continue;
    }
    if (report.outcome === 'suggested') stats.kept += 1;
    else stats.skipped += 1;
    if (report.outcome === 'skipped' || report.outcome === 'rejected') declined.push(report);
    else findings.push(adviceFinding(statement, report));
    if (report.outcome === 'suggested') suggestions.push({ ...(workload.at(-1) as KeptSuggestion), finding: findings.at(-1) as Finding });
  }
  const folded = foldDeclined(declined);
  if (folded) findings.push(adviceFinding(statement, folded));
  return { findings, stats, suggestions };
}

/**
 * Every candidate the statement did not get an index for, as one notice: one line per statement, not one per
 * candidate. A single one keeps its own message.
 */
function foldDeclined(reports: AdviceReport[]): AdviceReport | undefined {
  if (reports.length <= 1) return reports[0];
  const prefix = 'No index suggested for ';
  return {
    outcome: reports.every((report) => report.outcome === 'rejected') ? 'rejected' : 'skipped',
    severity: 'notice',
    subject: reports.map((report) => report.subject).join(' + '),
    message: `No index suggested for ${reports.length} candidates: ${reports.map((report) => report.message.replace(prefix, '')).join(' — ')}`,
    data: { reasons: reports.map((report) => ({ candidate: report.subject, ...report.data })) },
  };
}

/**
 * Kept suggestions stay in place while the next candidate of the same statement is verified: a join usually needs
 * an index on each side, and the second only pays off once the first is there.
 */
interface AdviceProgress {
  /** The plan costs with every suggestion kept so far. */
  costs: PlanCosts;
  kept: IndexDefinition[];
}

/** A btree or GIN candidate, waiting for its table's facts. */
interface PendingCandidate {
  table: TableName;
  subject(facts: TableFacts): string;
  advise(facts: TableFacts, context: CandidateContext): Promise<AdviceReport | Unreported>;
}

interface CandidateContext extends IndexAdviceSettings {
  verification: Exclude<Verification, { mode: 'off' }>;
  options: MissingIndexOptions;
  severity: Severity;
  /** How the plan reads the table, e.g. `Seq Scan`. */
  scan: string;
  subject: string;
  database: PlanDatabase;
  statement: AuditableStatement;
  progress: AdviceProgress;
  stats: IndexAdviceStats;
  /** Each suggestion kept, with what the workload step needs to plan the statement again with a longer index. */
  workload: KeptSuggestion[];
}

type KeptSuggestion = Omit<WorkloadSuggestion, 'finding'>;

/** A candidate that needs no index and no word: an existing index serves it, or its table is under min-table-rows. */
type Unreported = 'served' | 'small-table';

async function adviseCandidate(candidate: IndexCandidate, facts: TableFacts, context: CandidateContext): Promise<AdviceReport | Unreported> {
  const { subject, parser, database } = context;
  const planRead = planReadNote(facts, context.scan);
  const judgement = await judgeCandidate(database, parser, candidate, facts, context.options);
  if (judgement.verdict === 'served') return 'served';
  if (judgement.verdict === 'small') return 'small-table';
  if (judgement.verdict === 'skip') {
    return { outcome: 'skipped', severity: 'notice', subject, message: `No index suggested for ${subject}: ${judgement.reason}. ${planRead}`, data: { reason: judgement.reason } };
  }
  return verifyDefinition(judgement.definition, planRead, context);
}

/**
 * A GIN candidate (containment, or a trigram pattern): served by an existing GIN index on the column, else built for
 * real in a rolled-back transaction and judged like a btree. HypoPG cannot make GIN indexes, so under HypoPG it is a
 * candidate "not verified"; a trigram index also needs pg_trgm installed.
 */
async function adviseGin(gin: GinCandidate, facts: TableFacts, context: CandidateContext): Promise<AdviceReport | Unreported> {
  const { subject, parser, database } = context;
  if (await servingGinIndex(database, facts, gin, quoteIdentifier(parser, gin.column))) return 'served';
  const planRead = planReadNote(facts, context.scan);
  const definition: IndexDefinition = { schema: facts.schema, table: facts.name, keys: [{ column: gin.column }], method: 'gin', ...(gin.kind === 'trigram' ? { opclass: 'gin_trgm_ops' } : {}) };
  const suggestion = createIndexSql(parser, definition, { concurrently: true });
  const named = describeDefinition(definition);
  const why = gin.kind === 'trigram' ? `${gin.operator} with a pattern that has no fixed prefix` : `the ${gin.operator} operator`;
  if (gin.kind === 'trigram' && !(await hasTrigramOpclass(database))) {
    return notVerified(subject, named, `${why} needs a pg_trgm index, and pg_trgm is not installed here (CREATE EXTENSION pg_trgm)`, suggestion, planRead);
  }
  const { verification } = context;
  if (verification.mode === 'hypopg') {
    return notVerified(subject, named, `${why} needs a GIN index, which HypoPG cannot make; verify-indexes: transaction builds it in a rolled-back transaction`, suggestion, planRead);
  }
  return verifyDefinition(definition, planRead, context);
}

/**
 * The planner's verdict on the index, with the suggestions already kept for the statement in place: suggested when
 * the plan uses it and its cost falls by min-cost-reduction (and, for `$n` statements, a custom plan with the data's
 * values does too; the message names those values), else a notice saying why.
 */
async function verifyDefinition(definition: IndexDefinition, planRead: string, context: CandidateContext): Promise<AdviceReport> {
  const { parser, progress, stats, subject } = context;
  const suggestion = createIndexSql(parser, definition, { concurrently: true });
  const named = describeDefinition(definition);
  const { verification } = context;
  if (verification.mode === 'unverifiable') return notVerified(subject, named, verification.reason, suggestion, planRead);
  const verdictContext: VerdictContext = { ...context, mode: verification.mode, minCostReduction: context.options['min-cost-reduction'] };
  const kept = [...progress.kept];
  const verdict = await judgeIndex(kept, definition, progress.costs, verdictContext, stats);
  if (verdict.outcome === 'refused') return notVerified(subject, named, verdict.reason, suggestion, planRead);
  // The custom plans without the candidate, once planned, serve the next candidate and the workload step too.
  const before = verdict.before;
  progress.costs = before;
  const costs = costChange(before.generic, verdict.costAfter);
  const data = {
    index: indexName(definition),
    // The index as data, for the report's readers to compare suggestions (the workload step compares definitions).
    indexKeys: { table: `${definition.schema}.${definition.table}`, keys: definition.keys.map(describeKey), ...(definition.partial ? { where: describeCondition(definition.partial) } : {}), ...(definition.method ? { method: definition.method } : {}) },
    costBefore: before.generic,
    costAfter: verdict.costAfter,
    verifiedWith: verification.mode,
    plannedName: verdict.plannedName,
    planIndexes: verdict.planIndexes,
    ...(verdict.custom.length > 0 ? { customPlans: verdict.custom } : {}),
  };
  const minimum = context.options['min-cost-reduction'];
  if (!verdict.holds) {
    const why = !verdict.usesIndex
      ? `the planner does not use it (plan cost ${costs})`
      : verdict.reduction < minimum
        ? `with it the plan cost falls only ${costs}, below min-cost-reduction ${minimum}`
        : `it holds on the generic plan only, not with the data's values (${verdict.custom.map(describeCheck).join('; ')})`;
    return { outcome: 'rejected', severity: 'notice', subject, message: `No index suggested for ${subject}: ${why}. ${planRead}`, data: { ...data, reason: why } };
  }
  const verifiedWith = verification.mode === 'hypopg' ? 'verified with HypoPG' : 'verified by building it in a rolled-back transaction';
  const onTop = kept.length > 0 ? ` with ${kept.map(indexName).join(', ')} in place` : '';
  const shown = verdict.custom.filter((check) => check.holds).map((check) => ` and ${costChange(check.costBefore, check.costAfter)} with ${check.description}`);
  progress.kept.push(definition);
  progress.costs = verdict.after;
  context.workload.push({ definition, kept, before, verdict: verdictContext });
  return {
    outcome: 'suggested',
    severity: context.severity,
    subject,
    message: `Index ${named} cuts the plan cost ${costs}${shown.join('')}${onTop}, ${verifiedWith}. ${planRead}`,
    suggestion,
    data,
  };
}

/** `from 1,083.86 to 16.10 (98.5% less)`. */
function costChange(before: number, after: number): string {
  return `from ${COST.format(before)} to ${COST.format(after)} (${formatShare(costCut(before, after))} less)`;
}

/** `$1 = 'f' (common in places.visible): not used`, or what it cut when used. */
function describeCheck(check: CustomPlanCheck): string {
  return `${check.description}: ${check.uses ? `the cost falls only ${costChange(check.costBefore, check.costAfter)}` : 'not used'}`;
}

function notVerified(subject: string, named: string, reason: string, suggestion: string, planRead: string): AdviceReport {
  return {
    outcome: 'not-verified',
    severity: 'notice',
    subject,
    message: `Index ${named} not verified: ${reason}; it is a candidate only. ${planRead}`,
    suggestion,
    data: { reason },
  };
}

/** `orders (customer_id, created_at DESC) WHERE status = 'pending'`, as messages name a definition. */
function describeDefinition(definition: IndexDefinition): string {
  const table = definition.schema === 'public' ? definition.table : `${definition.schema}.${definition.table}`;
  const where = definition.partial ? ` WHERE ${describeCondition(definition.partial)}` : '';
  const using = definition.method ? ` USING ${definition.method}` : '';
  const keys = definition.keys.map((key) => `${describeKey(key)}${definition.opclass ? ` ${definition.opclass}` : ''}`).join(', ');
  return `${table}${using} (${keys})${where}`;
}

/** "The plan reads orders with a Seq Scan." / "… with an Index Scan with a Filter." */
function planReadNote(facts: TableFacts, scan: string): string {
  return `The plan reads ${tableLabel(facts)} with ${/^[aeiou]/i.test(scan) ? 'an' : 'a'} ${scan}.`;
}
