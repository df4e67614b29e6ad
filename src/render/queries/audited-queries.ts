import type { AnalyzerRun, Report } from '../../core/report.js';
import type { IndexAdviceStats } from '../../queries/advice/advice-stats.js';

/** What EXPLAIN lacked for a rule to judge a plan, as the stats spell it (`analyze`, `buffers`). */
export interface RuleNotRun {
  rule: string;
  needs: string[];
}

/** The database SQL files were explained on, and how. */
export interface ExplainedOn {
  /** `PostgreSQL 15.18`, `PostgreSQL 18.6 (PGlite 0.5.16)`. */
  version: string;
  /** Where, without a password: `postgres://app@db:5432/app`. */
  location: string;
  statements: number;
  analyze: boolean;
  /** `file:line` of each statement with a generic plan. */
  estimateOnly: string[];
  indexAdvice?: IndexAdviceStats;
  /** Only on the embedded database: each table with its rows, largest first. */
  rowCounts?: [table: string, rows: number][];
}

/** One queries run as the renderers show it. */
export interface AuditedQueries {
  /** Saved EXPLAIN files judged without a database. */
  savedPlans: number;
  /** Absent when the run audited saved plans only. */
  explainedOn?: ExplainedOn;
  notRun: RuleNotRun[];
}

/**
 * The queries runs of a report, read from `runs[].stats`. A report may come from a saved JSON file, so the stats
 * are read field by field and a missing field is left out, never guessed; a run whose stats say nothing (a report
 * built by hand) is left out rather than shown as "0 plans".
 */
export function auditedQueries(report: Report, inScope: (run: AnalyzerRun) => boolean = () => true): AuditedQueries[] {
  return report.runs
    .filter((run) => run.analyzer === 'queries' && run.status === 'ok' && inScope(run))
    .map((run) => audited(run.stats))
    .filter((audit) => audit.savedPlans > 0 || audit.explainedOn !== undefined || audit.notRun.length > 0);
}

function audited(stats: Record<string, unknown>): AuditedQueries {
  const plans = count(stats.plans);
  const explainedOn = explainedOnOf(stats);
  return {
    // The plans count both kinds; every explained statement is one plan.
    savedPlans: Math.max(0, plans - (explainedOn?.statements ?? 0)),
    explainedOn,
    notRun: Array.isArray(stats.notRun) ? (stats.notRun as unknown[]).filter(isRecord).map(ruleNotRun) : [],
  };
}

function explainedOnOf(stats: Record<string, unknown>): ExplainedOn | undefined {
  if (typeof stats.serverVersion !== 'string' || typeof stats.server !== 'string') return undefined;
  return {
    version: stats.serverVersion,
    location: stats.server,
    statements: count(stats.statements),
    analyze: stats.analyze === true,
    estimateOnly: Array.isArray(stats.estimateOnly) ? (stats.estimateOnly as unknown[]).filter((place): place is string => typeof place === 'string') : [],
    indexAdvice: isRecord(stats.indexAdvice) ? indexAdviceOf(stats.indexAdvice) : undefined,
    rowCounts: isRecord(stats.rowCounts) ? rowCountsOf(stats.rowCounts) : undefined,
  };
}

function ruleNotRun(entry: Record<string, unknown>): RuleNotRun {
  const needs = Array.isArray(entry.needs) ? (entry.needs as unknown[]).filter((feature): feature is string => typeof feature === 'string') : [];
  return { rule: typeof entry.rule === 'string' ? entry.rule : '', needs };
}

function indexAdviceOf(advice: Record<string, unknown>): IndexAdviceStats {
  return { candidates: count(advice.candidates), plannerCalls: count(advice.plannerCalls), kept: count(advice.kept), skipped: count(advice.skipped) };
}

/** Largest first, so the tables that shape the plans lead; equal sizes by name, for a stable output. */
function rowCountsOf(rowCounts: Record<string, unknown>): [string, number][] {
  return Object.entries(rowCounts)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
    .sort(([nameA, rowsA], [nameB, rowsB]) => rowsB - rowsA || nameA.localeCompare(nameB));
}

function count(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
