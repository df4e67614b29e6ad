import { completedRuns, type AnalyzerRun, type Report } from '../../core/report.js';
import type { IndexAdviceStats, QueriesRunStats } from '../../queries/meta.js';

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
  /** Statements explained: those of the files less the ones not audited and the ones in error. */
  statements: number;
  /** Statements reported as statement-not-audited (DDL applied as schema, refusals). */
  notAudited: number;
  /** Statements reported as sql-error (do not parse, refused by the database). */
  sqlErrors: number;
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
 * The queries runs of a report, from their stats; a run that audited nothing the outputs would show (a report built
 * by hand) is left out rather than shown as "0 plans".
 */
export function auditedQueries(report: Report, inScope: (run: AnalyzerRun) => boolean = () => true): AuditedQueries[] {
  return completedRuns(report.runs, 'queries')
    .filter(inScope)
    .map((run) => audited(run.stats))
    .filter((audit) => audit.savedPlans > 0 || audit.explainedOn !== undefined || audit.notRun.length > 0);
}

function audited(stats: QueriesRunStats): AuditedQueries {
  const explainedOn = explainedOnOf(stats);
  return {
    // The plans count both kinds; every explained statement is one plan.
    savedPlans: Math.max(0, stats.plans - (explainedOn?.statements ?? 0)),
    explainedOn,
    notRun: stats.notRun,
  };
}

function explainedOnOf(stats: QueriesRunStats): ExplainedOn | undefined {
  if (stats.serverVersion === null || stats.server === undefined) return undefined;
  // `statements` counts every statement of the files; only those neither refused nor in error have a plan.
  const notAudited = stats.notAudited ?? 0;
  const sqlErrors = stats.sqlErrors ?? 0;
  return {
    version: stats.serverVersion,
    location: stats.server,
    statements: Math.max(0, (stats.statements ?? 0) - notAudited - sqlErrors),
    notAudited,
    sqlErrors,
    analyze: stats.analyze === true,
    estimateOnly: stats.estimateOnly ?? [],
    indexAdvice: stats.indexAdvice,
    rowCounts: stats.rowCounts === undefined ? undefined : largestFirst(stats.rowCounts),
  };
}

/** Largest first, so the tables that shape the plans lead; equal sizes by name, for a stable output. */
function largestFirst(rowCounts: Record<string, number>): [string, number][] {
  return Object.entries(rowCounts).sort(([nameA, rowsA], [nameB, rowsB]) => rowsB - rowsA || nameA.localeCompare(nameB));
}
