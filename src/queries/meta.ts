import type { AnalyzerMeta } from '../core/analyzer.js';
import { duration, stringList } from '../core/config/schema-fragments.js';
import { ruleRegistry } from '../core/rules/registry.js';
import { QUERIES_RUN_STATS_SCHEMA } from './queries-run-stats.js';
import { missingIndex } from './rules/index-advice/missing-index.js';
import { filterHeavyJoin } from './rules/plan/filter-heavy-join.js';
import { filterHeavyScan } from './rules/plan/filter-heavy-scan.js';
import { hashSpill } from './rules/plan/hash-spill.js';
import { indexOnlyHeapFetches } from './rules/plan/index-only-heap-fetches.js';
import { inefficientIndexScan } from './rules/plan/inefficient-index-scan.js';
import { jitOverhead } from './rules/plan/jit-overhead.js';
import { lossyBitmap } from './rules/plan/lossy-bitmap.js';
import { nestedLoopAmplification } from './rules/plan/nested-loop-amplification.js';
import { nonDefaultSettings } from './rules/plan/non-default-settings.js';
import { planningOverExecution } from './rules/plan/planning-over-execution.js';
import { rowMisestimate } from './rules/plan/row-misestimate.js';
import { seqScanSelectiveFilter } from './rules/plan/seq-scan-selective-filter.js';
import { slowForeignKeyCheck } from './rules/plan/slow-foreign-key-check.js';
import { slowTrigger } from './rules/plan/slow-trigger.js';
import { sortSpill } from './rules/plan/sort-spill.js';
import { workersNotLaunched } from './rules/plan/workers-not-launched.js';
import { sqlError } from './rules/statement/sql-error.js';
import { statementNotAudited } from './rules/statement/statement-not-audited.js';

/** Every plan rule, alphabetically, one line each. Metadata only is read by the rule catalog: the modules import no client. */
export const PLAN_RULES = ruleRegistry({
  'filter-heavy-join': filterHeavyJoin,
  'filter-heavy-scan': filterHeavyScan,
  'hash-spill': hashSpill,
  'index-only-heap-fetches': indexOnlyHeapFetches,
  'inefficient-index-scan': inefficientIndexScan,
  'jit-overhead': jitOverhead,
  'lossy-bitmap': lossyBitmap,
  'nested-loop-amplification': nestedLoopAmplification,
  'non-default-settings': nonDefaultSettings,
  'planning-over-execution': planningOverExecution,
  'row-misestimate': rowMisestimate,
  'seq-scan-selective-filter': seqScanSelectiveFilter,
  'slow-foreign-key-check': slowForeignKeyCheck,
  'slow-trigger': slowTrigger,
  'sort-spill': sortSpill,
  'workers-not-launched': workersNotLaunched,
});

/** The index advice's rule; advise-indexes.ts reports it after a statement's plan. */
export const INDEX_ADVICE_RULES = ruleRegistry({
  'missing-index': missingIndex,
});

/** What the SQL audit says about a statement it could not explain; audit-sql-files.ts reports them. */
export const STATEMENT_RULES = ruleRegistry({
  'sql-error': sqlError,
  'statement-not-audited': statementNotAudited,
});

/** What the rest of the program knows of the query-plan audit without loading it (no database client, no parser). */
export const queriesMeta = {
  name: 'queries',
  families: { plan: PLAN_RULES, 'index-advice': INDEX_ADVICE_RULES, statement: STATEMENT_RULES },
  settings: {
    'database-url': { type: 'string' },
    queries: stringList('SQL files or globs to audit.'),
    schema: stringList('Schema (migration) files or globs, applied in name order.'),
    seed: stringList('Seed SQL files or globs.'),
    analyze: { type: 'boolean' },
    plan: stringList('Saved EXPLAIN (FORMAT JSON) files.'),
    'params-style': { enum: ['auto', 'postgres', 'sqlc', 'psycopg', 'colon'], description: 'auto, postgres, sqlc, psycopg, or colon' },
    'allow-functions': stringList('User-defined VOLATILE functions the audit may run under analyze (name or schema.name).'),
    'verify-indexes': { enum: ['auto', 'hypopg', 'transaction', 'off'], description: 'auto, hypopg, transaction, or off' },
    'statement-timeout': duration('a Go-style duration such as 30s'),
    'lock-timeout': duration('a Go-style duration such as 2s'),
    'table-rows': { type: 'object', additionalProperties: { type: 'integer', minimum: 0 } },
    'query-params': {
      type: 'object',
      description: "Parameter values pinned per statement, keyed by its -- name: or file:line, e.g. { GetJob: { '$1': running } }.",
      additionalProperties: {
        type: 'object',
        propertyNames: { pattern: '^\\$?[1-9][0-9]*$' },
        additionalProperties: { type: ['string', 'number', 'boolean'] },
      },
    },
  },
  statsSchema: QUERIES_RUN_STATS_SCHEMA,
} satisfies AnalyzerMeta<'queries'>;

export type { QueriesRunStats, SqlAuditStats } from './queries-run-stats.js';
export type { IndexAdviceStats } from './advice/advice-stats.js';
