import type { IndexAdviceStats } from './advice/advice-stats.js';
import type { MissingFeature } from './judge-plans.js';
/**
 * What a queries run reports in `runs[].stats`. Renderers read it back from the report, which may be a saved JSON
 * file, so this is the contract between the analyzer and every output that shows the run's facts.
 */
export type QueriesRunStats = {
    /** Plans judged: saved plans plus explained statements. */
    plans: number;
    /** `PostgreSQL 15.18`; null when only saved plans were audited (their EXPLAIN output does not carry it). */
    serverVersion: string | null;
    /** Rules that could not judge at least one plan, with what EXPLAIN lacked, one entry per rule. */
    notRun: MissingFeature[];
    durationMs: number;
} & Partial<SqlAuditStats>;
/** Present when SQL files were explained on a database. */
export type SqlAuditStats = {
    /** Where, never with a password: `postgres://app@db:5432/app` or `PGlite (in-process)`. */
    server: string;
    statements: number;
    analyze: boolean;
    /** `file:line` of each statement that got a generic plan (it has `$n` parameters): estimates only. */
    estimateOnly: string[];
    indexAdvice: IndexAdviceStats;
    /** Only on the embedded database: rows per table once loaded, the sizes the plans saw. */
    rowCounts?: Record<string, number>;
};
