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
/**
 * The JSON Schema of these stats, for a saved report (the fork-safe pair posts a report an earlier job wrote): the
 * outputs read the stats as typed, so a report is checked against this before anything renders it.
 */
export declare const QUERIES_RUN_STATS_SCHEMA: {
    type: string;
    required: string[];
    properties: {
        plans: {
            type: string;
        };
        serverVersion: {
            type: string[];
        };
        notRun: {
            type: string;
            items: {
                type: string;
                required: string[];
                properties: {
                    rule: {
                        type: string;
                    };
                    needs: {
                        type: string;
                        items: {
                            type: string;
                        };
                    };
                };
            };
        };
        durationMs: {
            type: string;
        };
        server: {
            type: string;
        };
        statements: {
            type: string;
        };
        analyze: {
            type: string;
        };
        estimateOnly: {
            type: string;
            items: {
                type: string;
            };
        };
        indexAdvice: {
            type: string;
            required: string[];
            properties: {
                candidates: {
                    type: string;
                };
                plannerCalls: {
                    type: string;
                };
                kept: {
                    type: string;
                };
                skipped: {
                    type: string;
                };
            };
        };
        rowCounts: {
            type: string;
            additionalProperties: {
                type: string;
            };
        };
    };
};
