import { type AnalyzerRun, type Report } from '../../core/report.js';
import type { IndexAdviceStats } from '../../queries/meta.js';
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
 * The queries runs of a report, from their stats; a run that audited nothing the outputs would show (a report built
 * by hand) is left out rather than shown as "0 plans".
 */
export declare function auditedQueries(report: Report, inScope?: (run: AnalyzerRun) => boolean): AuditedQueries[];
