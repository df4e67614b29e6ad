import { JOB_SUMMARY_LIMIT, renderJobSummary } from '../../src/render/job-summary.js';
import { finding, reportOf } from './sample-report.js';

describe('job summary', () => {
  it('holds every finding and says how many were not annotated', () => {
    const report = reportOf([finding({ rule: 'nested-loop', message: 'Loop in a loop.', file: 'a.py', line: 2, column: 1 })]);
    expect(renderJobSummary(report, { omittedAnnotations: { error: 0, warning: 12, notice: 1 } })).toBe(
      [
        '## predator-guard',
        '',
        '**predator-guard**: 1 warning · gate passed',
        '',
        '### 🧹 Hygiene (1)',
        '',
        '**a.py**',
        '',
        '- `a.py:2` — Loop in a loop. `nested-loop`',
        '',
        '> 13 findings are listed here but not annotated in the diff: GitHub shows at most 10 annotations of each level per step.',
        '',
      ].join('\n'),
    );
  });

  it("stays under GitHub's 1 MiB limit, saying where the rest is", () => {
    const findings = Array.from({ length: 20000 }, (_, index) =>
      finding({ rule: 'nested-loop', message: `Loop nested at depth 2 inside the loop at line ${index}.`, file: `src/module-${index}.py`, line: index + 1, column: 1 }),
    );
    const summary = renderJobSummary(reportOf(findings));
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT);
    expect(Buffer.byteLength(summary)).toBeGreaterThan(JOB_SUMMARY_LIMIT - 8192);
    expect(summary.endsWith("> The summary was cut at GitHub's 1 MiB limit; the full report is the JSON report file (output `report-file`).\n")).toBe(true);
  });
});
