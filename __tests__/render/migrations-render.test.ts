import type { Report } from '../../src/core/report.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { completedRun } from '../helpers/run-stats.js';

function reportWith(runs: Report['runs']): Report {
  return { tool: { name: 'predator-guard', version: '0.1.0' }, findings: [], runs, gate: { failOn: 'error', passed: true, counts: { error: 0, warning: 0, notice: 0 } } };
}

describe('what a migrations run checked', () => {
  const report = reportWith([completedRun('migrations', { files: ['db/V1__a.sql', 'db/V2__b.sql'], statements: 5 })]);

  it('is one line in the terminal and in the comment, saying the check is static', () => {
    expect(renderText(report)).toBe(
      "migrations: 2 migration files, 5 statements checked in their tool's order · static: lock modes from PostgreSQL's documentation, not measured\n\n✔ no problems — gate passed\n",
    );
    expect(renderMarkdown(report, { analyzer: 'migrations' })).toContain(
      "\n\n🔒 2 migration files, 5 statements checked in their tool's order · static: lock modes from PostgreSQL's documentation, not measured\n",
    );
  });

  it('is left out for a run that checked no file, and for another analyzer’s section', () => {
    expect(renderText(reportWith([completedRun('migrations')]))).toBe('✔ no problems — gate passed\n');
    expect(renderMarkdown(report, { analyzer: 'review' })).not.toContain('migration files');
  });
});
