import { buildReport } from '../../src/core/report.js';
import { TOOL } from '../../src/version.js';
import type { QueriesRunStats } from '../../src/queries/queries-run-stats.js';
import { renderJobSummary } from '../../src/render/job-summary.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { notRunWithoutAnalyze, ON_SERVER, RULES_NEEDING_ANALYZE, savedPlansReport, sqlAuditReport } from './queries-run-reports.js';
import { completedRun } from '../helpers/run-stats.js';

const LINK_BASE = 'https://github.com/acme/shop/blob/4f2c1e0/';
const markdown = (...blocks: string[]) => `${blocks.join('\n\n')}\n`;
const RULES_NEEDING_ANALYZE_TEXT = RULES_NEEDING_ANALYZE.map((rule) => `\`${rule}\``).join(', ');

const EMBEDDED: QueriesRunStats = {
  plans: 2,
  serverVersion: 'PostgreSQL 18.6 (PGlite 0.5.16)',
  server: 'PGlite (in-process)',
  statements: 2,
  analyze: true,
  estimateOnly: [],
  indexAdvice: { candidates: 1, plannerCalls: 1, kept: 1, skipped: 0 },
  notRun: [],
  rowCounts: { customers: 10000, orders: 100000, order_items: 250000, products: 500, regions: 12, coupons: 1 },
  durationMs: 4100,
};

describe('the comment section of a queries run', () => {
  it('gives a clean audit on a server one line under the summary, with nothing folded', () => {
    expect(renderMarkdown(sqlAuditReport(ON_SERVER), { analyzer: 'queries' })).toBe(
      markdown(
        '**predator-guard queries**: ✅ No findings.',
        '🐘 3 statements explained with ANALYZE on PostgreSQL 15.18 at `postgres://app@db.internal:5432/app` · index advice: 2 candidates, 1 kept, 1 skipped, 2 planner calls',
      ),
    );
  });

  it('counts the statements not audited and those in error in the line, rule ids as code', () => {
    const stats: QueriesRunStats = { ...ON_SERVER, statements: 6, notAudited: 1, sqlErrors: 2 };
    expect(renderMarkdown(sqlAuditReport(stats), { analyzer: 'queries' })).toBe(
      markdown(
        '**predator-guard queries**: ✅ No findings.',
        '🐘 3 statements explained with ANALYZE on PostgreSQL 15.18 at `postgres://app@db.internal:5432/app` · 1 statement not audited (`statement-not-audited`) · 2 statements in error (`sql-error`) · index advice: 2 candidates, 1 kept, 1 skipped, 2 planner calls',
      ),
    );
  });

  it('says in the folded summary what plain EXPLAIN left out, and lists the rules and the estimate-only statements as links', async () => {
    const stats: QueriesRunStats = { ...ON_SERVER, analyze: false, estimateOnly: ['sql/orders.sql:4', 'sql/monthly report.sql:12'], notRun: await notRunWithoutAnalyze() };
    expect(renderMarkdown(sqlAuditReport(stats), { analyzer: 'queries', linkBase: LINK_BASE })).toBe(
      markdown(
        '**predator-guard queries**: ✅ No findings.',
        '🐘 3 statements explained without ANALYZE on PostgreSQL 15.18 at `postgres://app@db.internal:5432/app` · index advice: 2 candidates, 1 kept, 1 skipped, 2 planner calls',
        [
          '<details><summary>⚠️ 15 rules not run without ANALYZE · ℹ️ 2 statements estimate-only</summary>',
          '',
          `⚠️ Rules not run without ANALYZE: ${RULES_NEEDING_ANALYZE_TEXT}. To run them, pass \`--analyze\` (\`analyze: true\`).`,
          '',
          'ℹ️ Estimate-only, generic plans: their `$n` parameters have no values:',
          '',
          `- [sql/orders.sql:4](${LINK_BASE}sql/orders.sql#L4)`,
          `- [sql/monthly report.sql:12](${LINK_BASE}sql/monthly%20report.sql#L12)`,
          '',
          '</details>',
        ].join('\n'),
      ),
    );
  });

  it('shows estimate-only statements as code without a link base', () => {
    const section = renderMarkdown(sqlAuditReport({ ...ON_SERVER, estimateOnly: ['sql/orders.sql:4'] }), { analyzer: 'queries' });
    expect(section).toContain(
      [
        '<details><summary>ℹ️ 1 statement estimate-only</summary>',
        '',
        'ℹ️ Estimate-only, generic plans: their `$n` parameters have no values, so ANALYZE could not run them:',
        '',
        '- `sql/orders.sql:4`',
        '',
        '</details>',
      ].join('\n'),
    );
  });

  it('names the embedded database with its largest tables and folds the rows of every table away', () => {
    expect(renderMarkdown(sqlAuditReport(EMBEDDED), { analyzer: 'queries' })).toBe(
      markdown(
        '**predator-guard queries**: ✅ No findings.',
        '🐘 2 statements explained with ANALYZE on PostgreSQL 18.6 (PGlite 0.5.16), embedded: order\\_items 250,000 rows, orders 100,000, customers 10,000, products 500 and 2 more tables · index advice: 1 candidate, 1 kept, 0 skipped, 1 planner call',
        [
          '<details><summary>rows of 6 tables</summary>',
          '',
          'Rows per table, as the plans saw them:',
          '',
          '- order\\_items: 250,000',
          '- orders: 100,000',
          '- customers: 10,000',
          '- products: 500',
          '- regions: 12',
          '- coupons: 1',
          '',
          '</details>',
        ].join('\n'),
      ),
    );
  });

  it('folds nothing away when the headline already names every table', () => {
    const section = renderMarkdown(sqlAuditReport({ ...EMBEDDED, rowCounts: { orders: 100000, customers: 10000 } }), { analyzer: 'queries' });
    expect(section).toBe(
      markdown(
        '**predator-guard queries**: ✅ No findings.',
        '🐘 2 statements explained with ANALYZE on PostgreSQL 18.6 (PGlite 0.5.16), embedded: orders 100,000 rows, customers 10,000 · index advice: 1 candidate, 1 kept, 0 skipped, 1 planner call',
      ),
    );
  });

  it('keeps saved plans to what they have: the plan count and the rules their EXPLAIN left out', async () => {
    expect(renderMarkdown(await savedPlansReport('plans/estimate-only.json'), { analyzer: 'queries' })).toBe(
      markdown(
        '**predator-guard queries**: 1 notice · gate passed',
        '🐘 1 saved plan audited',
        [
          '<details><summary>⚠️ 15 rules not run without ANALYZE</summary>',
          '',
          `⚠️ Rules not run without ANALYZE: ${RULES_NEEDING_ANALYZE_TEXT}. To run them, save plans with \`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)\`.`,
          '',
          '</details>',
        ].join('\n'),
        '### 🟡 Performance (1)',
        '**plans/estimate-only.json**',
        [
          '- `plans/estimate-only.json:3` — The plan ran with non-default settings: enable\\_indexscan = off. `non-default-settings`',
          '  - _Findings about spills, join methods or scan choices may come from these settings rather than from the query._',
        ].join('\n'),
      ),
    );
  });

  it('puts the facts in the queries section only, never in another analyzer\'s', async () => {
    const report = buildReport(
      TOOL,
      [],
      [
        completedRun('review', { files: 4 }),
        completedRun('queries', ON_SERVER),
      ],
      'error',
    );
    expect(renderMarkdown(report, { analyzer: 'review' })).toBe(markdown('**predator-guard review**: ✅ No findings.'));
    expect(renderMarkdown(report, { analyzer: 'queries' })).toContain('🐘 3 statements explained with ANALYZE');
  });
});

describe('the job summary of a queries run', () => {
  it('carries the same facts and folded lists as the comment', async () => {
    const stats: QueriesRunStats = { ...ON_SERVER, analyze: false, notRun: await notRunWithoutAnalyze() };
    expect(renderJobSummary(sqlAuditReport(stats))).toBe(
      [
        '## predator-guard',
        '',
        '**predator-guard**: ✅ No findings.',
        '',
        '🐘 3 statements explained without ANALYZE on PostgreSQL 15.18 at `postgres://app@db.internal:5432/app` · index advice: 2 candidates, 1 kept, 1 skipped, 2 planner calls',
        '',
        '<details><summary>⚠️ 15 rules not run without ANALYZE</summary>',
        '',
        `⚠️ Rules not run without ANALYZE: ${RULES_NEEDING_ANALYZE_TEXT}. To run them, pass \`--analyze\` (\`analyze: true\`).`,
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });
});
