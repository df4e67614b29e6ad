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
  /** Statements reported as statement-not-audited (DDL, refusals), when there are any. */
  notAudited?: number;
  /** Statements reported as sql-error (do not parse, refused by the database), when there are any. */
  sqlErrors?: number;
  analyze: boolean;
  /** `file:line` of each statement that got a generic plan (it has `$n` parameters): estimates only. */
  estimateOnly: string[];
  indexAdvice: IndexAdviceStats;
  /** Only on the embedded database: rows per table once loaded, the sizes the plans saw. */
  rowCounts?: Record<string, number>;
};

const strings = { type: 'array', items: { type: 'string' } };

/**
 * The JSON Schema of these stats, for a saved report (the fork-safe pair posts a report an earlier job wrote): the
 * outputs read the stats as typed, so a report is checked against this before anything renders it.
 */
export const QUERIES_RUN_STATS_SCHEMA = {
  type: 'object',
  required: ['plans', 'serverVersion', 'notRun', 'durationMs'],
  properties: {
    plans: { type: 'integer' },
    serverVersion: { type: ['string', 'null'] },
    notRun: { type: 'array', items: { type: 'object', required: ['rule', 'needs'], properties: { rule: { type: 'string' }, needs: strings } } },
    durationMs: { type: 'number' },
    server: { type: 'string' },
    statements: { type: 'integer' },
    notAudited: { type: 'integer' },
    sqlErrors: { type: 'integer' },
    analyze: { type: 'boolean' },
    estimateOnly: strings,
    indexAdvice: {
      type: 'object',
      required: ['candidates', 'plannerCalls', 'kept', 'skipped'],
      properties: { candidates: { type: 'integer' }, plannerCalls: { type: 'integer' }, kept: { type: 'integer' }, skipped: { type: 'integer' } },
    },
    rowCounts: { type: 'object', additionalProperties: { type: 'integer' } },
  },
};
