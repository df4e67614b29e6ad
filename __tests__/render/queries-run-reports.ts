import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/core/analyze.js';
import { defaultConfig } from '../../src/core/config/config.js';
import { buildReport, type Report } from '../../src/core/report.js';
import type { QueriesRunStats } from '../../src/queries/queries-run-stats.js';
import { TOOL } from '../../src/version.js';
import { statsOf } from '../helpers/run-stats.js';

/** Queries run reports for the renderer tests: real analyzer runs over saved plans, and server stats in the analyzer's own type. */
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** A real run of the analyzer over saved plans in __tests__/fixtures/plans. */
export function savedPlansReport(...plans: string[]): Promise<Report> {
  return analyze({ ...defaultConfig(FIXTURES), checks: ['queries'], settings: { plan: plans } });
}

export function sqlAuditReport(stats: QueriesRunStats): Report {
  return buildReport(TOOL, [], [{ analyzer: 'queries', status: 'ok', stats }], 'error');
}

/** What a plan without ANALYZE leaves unjudged, as the analyzer reports it (the same for a server's plain EXPLAIN). */
export async function notRunWithoutAnalyze(): Promise<QueriesRunStats['notRun']> {
  const report = await savedPlansReport('plans/estimate-only.json');
  return statsOf(report, 'queries').notRun;
}

export const RULES_NEEDING_ANALYZE = [
  'filter-heavy-join', 'filter-heavy-scan', 'hash-spill', 'index-only-heap-fetches', 'inefficient-index-scan', 'jit-overhead', 'lossy-bitmap', 'nested-loop-amplification',
  'planning-over-execution', 'row-misestimate', 'seq-scan-selective-filter', 'slow-foreign-key-check', 'slow-trigger', 'sort-spill', 'workers-not-launched',
];

/** A clean audit with ANALYZE on a server reached by URL. */
export const ON_SERVER: QueriesRunStats = {
  plans: 3,
  serverVersion: 'PostgreSQL 15.18',
  server: 'postgres://app@db.internal:5432/app',
  statements: 3,
  analyze: true,
  estimateOnly: [],
  indexAdvice: { candidates: 2, plannerCalls: 2, kept: 1, skipped: 1 },
  notRun: [],
  durationMs: 840,
};
