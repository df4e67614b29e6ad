import { buildReport, type Report } from '../../src/core/report.js';
import { TOOL } from '../../src/version.js';
import type { QueriesRunStats } from '../../src/queries/queries-run-stats.js';
import { renderJson } from '../../src/render/json.js';
import { renderText } from '../../src/render/text.js';
import { notRunWithoutAnalyze, ON_SERVER, RULES_NEEDING_ANALYZE, savedPlansReport, sqlAuditReport } from './queries-run-reports.js';
import { completedRun } from '../helpers/run-stats.js';

const text = (...lines: string[]) => `${lines.join('\n')}\n`;
const RULES_NEEDING_ANALYZE_TEXT = RULES_NEEDING_ANALYZE.join(', ');

const EMBEDDED: QueriesRunStats = {
  plans: 2,
  serverVersion: 'PostgreSQL 18.6 (PGlite 0.5.16)',
  server: 'PGlite (in-process)',
  statements: 2,
  analyze: true,
  estimateOnly: ['sql/orders.sql:7'],
  indexAdvice: { candidates: 0, plannerCalls: 0, kept: 0, skipped: 0 },
  notRun: [],
  rowCounts: { customers: 10000, orders: 100000, order_items: 250000, products: 500, regions: 12, coupons: 1 },
  durationMs: 4100,
};

describe('the text output of a queries run', () => {
  it('gives saved plans with ANALYZE one quiet line before the tally', async () => {
    expect(renderText(await savedPlansReport('plans/nested-loop-amplification.json'))).toBe(
      text(
        'plans/nested-loop-amplification.json',
        '  plans/nested-loop-amplification.json:4:7    warning  Nested Loop ran Index Scan on orders 5,000 times, 750.0 ms in total (83.3% of 900.0 ms).  nested-loop-amplification',
        '                                                       ↳ Give the inner side an index on the join columns, or let the planner hash join: check the row estimate of the outer side, which decides the join method.',
        '  plans/nested-loop-amplification.json:17:11  error    Nested Loop > Seq Scan on customers was estimated at 5 rows but returned 5,000 (underestimated ×1,000); it feeds Nested Loop.  row-misestimate',
        '                                                       ↳ Run ANALYZE on the table; for correlated columns add CREATE STATISTICS, or raise the column statistics target.',
        '',
        'queries: 1 saved plan audited',
        '',
        "✖ 2 problems (1 error, 1 warning, 0 notices) · 1 saved plan audited — gate failed: 1 finding at or above 'error'",
      ),
    );
  });

  it('names the rules a saved plan without ANALYZE left unjudged, and how to capture one they can judge', async () => {
    expect(renderText(await savedPlansReport('plans/estimate-only.json'))).toBe(
      text(
        'plans/estimate-only.json',
        '  plans/estimate-only.json:3:5  notice  The plan ran with non-default settings: enable_indexscan = off.  non-default-settings',
        '                                        ↳ Findings about spills, join methods or scan choices may come from these settings rather than from the query.',
        '',
        'queries: 1 saved plan audited',
        `  ⚠ not run without ANALYZE: ${RULES_NEEDING_ANALYZE_TEXT}; save plans with EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)`,
        '',
        '⚠ 1 problem (0 errors, 0 warnings, 1 notice) · 1 saved plan audited — gate passed',
      ),
    );
  });

  it('counts saved plans together and warns only when one of them lacked ANALYZE', async () => {
    const withAnalyze = renderText(await savedPlansReport('plans/sort-spill.json', 'plans/hash-spill.json'));
    const oneWithout = renderText(await savedPlansReport('plans/sort-spill.json', 'plans/estimate-only.json'));
    expect(withAnalyze.split('\n').filter((line) => line.startsWith('queries') || line.startsWith('  ⚠'))).toEqual(['queries: 2 saved plans audited']);
    expect(oneWithout.split('\n').filter((line) => line.startsWith('queries') || line.startsWith('  ⚠'))).toEqual([
      'queries: 2 saved plans audited',
      `  ⚠ not run without ANALYZE: ${RULES_NEEDING_ANALYZE_TEXT}; save plans with EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)`,
    ]);
  });

  it('gives a clean audit on a server one line: the statements, ANALYZE, the server and version, the index advice', () => {
    expect(renderText(sqlAuditReport(ON_SERVER))).toBe(
      text(
        'queries: 3 statements explained with ANALYZE on PostgreSQL 15.18 at postgres://app@db.internal:5432/app · index advice: 2 candidates, 1 kept, 1 skipped, 2 planner calls',
        '',
        '✔ no problems · 3 statements audited — gate passed',
      ),
    );
  });

  it('says which rules plain EXPLAIN left out and which statements only have estimates, with the fix', async () => {
    const stats: QueriesRunStats = { ...ON_SERVER, analyze: false, estimateOnly: ['sql/orders.sql:4', 'sql/reports/monthly.sql:12'], notRun: await notRunWithoutAnalyze() };
    expect(renderText(sqlAuditReport(stats))).toBe(
      text(
        'queries: 3 statements explained without ANALYZE on PostgreSQL 15.18 at postgres://app@db.internal:5432/app · index advice: 2 candidates, 1 kept, 1 skipped, 2 planner calls',
        `  ⚠ not run without ANALYZE: ${RULES_NEEDING_ANALYZE_TEXT}; pass --analyze (analyze: true)`,
        '  ℹ 2 statements estimate-only (generic plans: their $n parameters have no values): sql/orders.sql:4, sql/reports/monthly.sql:12',
        '',
        '✔ no problems · 3 statements audited — gate passed',
      ),
    );
  });

  it('names the embedded database with its largest tables, and says ANALYZE could not run the estimate-only statement', () => {
    expect(renderText(sqlAuditReport(EMBEDDED))).toBe(
      text(
        'queries: 2 statements explained with ANALYZE on PostgreSQL 18.6 (PGlite 0.5.16), embedded: order_items 250,000 rows, orders 100,000, customers 10,000, products 500 and 2 more tables · index advice: no candidates',
        '  ℹ 1 statement estimate-only (generic plans: their $n parameters have no values, so ANALYZE could not run them): sql/orders.sql:7',
        '',
        '✔ no problems · 2 statements audited — gate passed',
      ),
    );
  });

  it('lists every table when there are few, and says so when there are none', () => {
    const few = renderText(sqlAuditReport({ ...EMBEDDED, estimateOnly: [], rowCounts: { orders: 1, customers: 1 } }));
    const none = renderText(sqlAuditReport({ ...EMBEDDED, estimateOnly: [], rowCounts: {} }));
    expect(few.split('\n')[0]).toBe('queries: 2 statements explained with ANALYZE on PostgreSQL 18.6 (PGlite 0.5.16), embedded: customers 1 row, orders 1 · index advice: no candidates');
    expect(none.split('\n')[0]).toBe('queries: 2 statements explained with ANALYZE on PostgreSQL 18.6 (PGlite 0.5.16), embedded: no tables · index advice: no candidates');
  });

  it('gives both fixes when saved plans and SQL without ANALYZE were audited together', async () => {
    const stats: QueriesRunStats = { ...ON_SERVER, plans: 5, analyze: false, notRun: await notRunWithoutAnalyze() };
    expect(renderText(sqlAuditReport(stats)).split('\n').slice(0, 2)).toEqual([
      'queries: 3 statements explained without ANALYZE on PostgreSQL 15.18 at postgres://app@db.internal:5432/app · 2 saved plans audited · index advice: 2 candidates, 1 kept, 1 skipped, 2 planner calls',
      `  ⚠ not run without ANALYZE: ${RULES_NEEDING_ANALYZE_TEXT}; pass --analyze (analyze: true); save plans with EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)`,
    ]);
  });

  it('groups the rules by what their plans lacked, so a rule that also needs BUFFERS says so', () => {
    const stats: QueriesRunStats = {
      ...ON_SERVER,
      analyze: false,
      notRun: [
        { rule: 'hash-spill', needs: ['analyze', 'buffers'] },
        { rule: 'sort-spill', needs: ['analyze'] },
        { rule: 'slow-trigger', needs: ['analyze'] },
      ],
    };
    expect(renderText(sqlAuditReport(stats)).split('\n')[1]).toBe('  ⚠ not run without ANALYZE and BUFFERS: hash-spill; without ANALYZE: sort-spill, slow-trigger; pass --analyze (analyze: true)');
  });

  it('colours the warning and the estimate-only note only on a terminal', async () => {
    const stats: QueriesRunStats = { ...ON_SERVER, analyze: false, estimateOnly: ['sql/orders.sql:4'], notRun: await notRunWithoutAnalyze() };
    const coloured = renderText(sqlAuditReport(stats), { color: true }).split('\n');
    expect(coloured[0].startsWith('\x1b[1mqueries\x1b[22m: 3 statements')).toBe(true);
    expect(coloured[1]).toBe(`\x1b[33m  ⚠ not run without ANALYZE: ${RULES_NEEDING_ANALYZE_TEXT}; pass --analyze (analyze: true)\x1b[39m`);
    expect(coloured[2]).toBe('\x1b[36m  ℹ 1 statement estimate-only (generic plans: their $n parameters have no values): sql/orders.sql:4\x1b[39m');
    expect(renderText(sqlAuditReport(stats))).not.toContain('\x1b[');
  });

  it('renders a saved JSON report the same as the run that made it', async () => {
    const report = sqlAuditReport({ ...EMBEDDED, notRun: await notRunWithoutAnalyze(), analyze: false });
    expect(renderText(JSON.parse(renderJson(report)) as Report)).toBe(renderText(report));
  });

  it('shows no facts for a failed run or a run whose stats say nothing', () => {
    const failed = buildReport(TOOL, [], [{ analyzer: 'queries', status: 'failed', error: 'could not connect to postgres://app@db:5432/app (ECONNREFUSED)', stats: {} }], 'error');
    const empty = buildReport(TOOL, [], [completedRun('queries')], 'error');
    expect(renderText(failed)).toBe(
      text(
        // One message for the one error: with nothing else run, no summary repeats it.
        '✖ The queries analyzer failed: could not connect to postgres://app@db:5432/app (ECONNREFUSED)',
      ),
    );
    expect(renderText(empty)).toBe(text('✔ no problems · 0 saved plans audited — gate passed'));
  });
});
