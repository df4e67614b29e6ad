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

  it('says where a measured run applied the migrations, and how many statements were not measured', () => {
    const measured = reportWith([
      completedRun('migrations', {
        files: ['db/V1__a.sql', 'db/V2__b.sql'],
        statements: 5,
        mode: 'measured',
        measuredOn: 'generated rows in the embedded database',
        measuredStatements: 4,
        notMeasured: 1,
      }),
    ]);
    expect(renderText(measured)).toBe(
      "migrations: 2 migration files, 5 statements checked in their tool's order · measured: 4 applied in a rolled-back transaction on generated rows in the embedded database, 1 not (CONCURRENTLY, or refused)\n\n✔ no problems — gate passed\n",
    );
    const stopped = reportWith([completedRun('migrations', { files: ['db/V1__a.sql'], statements: 1, mode: 'static', note: 'the embedded database could not start (no extension postgis)' })]);
    expect(renderText(stopped)).toContain("· static: lock modes from PostgreSQL's documentation, not measured (the embedded database could not start (no extension postgis))\n");
  });

  it('is left out for a run that checked no file, and for another analyzer’s section', () => {
    expect(renderText(reportWith([completedRun('migrations')]))).toBe('✔ no problems — gate passed\n');
    expect(renderMarkdown(report, { analyzer: 'review' })).not.toContain('migration files');
  });
});
