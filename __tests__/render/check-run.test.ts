import { checkRunAnnotationOf, renderCheckRun } from '../../src/render/check-run.js';
import { finding, realisticReport, reportOf } from './sample-report.js';

describe('renderCheckRun', () => {
  it('concludes from the gate and annotates every finding with a place in a file', () => {
    const rendered = renderCheckRun(realisticReport());
    expect([rendered.conclusion, rendered.title]).toEqual(['failure', "predator-guard: 1 finding at or above 'error'"]);
    expect(rendered.annotations.map((annotation) => `${annotation.path}:${annotation.start_line} ${annotation.title}`)).toEqual([
      'src/broken.py:5 review: syntax-error',
      'src/my module/handler.ts:1 review: unused-suppression',
      'src/my module/handler.ts:3 review: cognitive-complexity',
    ]);
    expect(renderCheckRun(reportOf([])).conclusion).toBe('success');
  });

  it('cuts a summary over 65,535 characters so GitHub takes it', () => {
    const findings = Array.from({ length: 800 }, (_, index) => finding({ rule: 'nested-loop', message: `Loop nested at depth 2 inside the loop at line ${index + 1}.`, file: `src/module_${index}.py`, line: 1 }));
    const { summary } = renderCheckRun(reportOf(findings));
    expect(summary.length).toBe(65_535);
    expect(summary.endsWith('(cut to the 65,535 characters a check run summary holds; the job summary has the whole report)')).toBe(true);
  });
});

describe('checkRunAnnotationOf', () => {
  it('maps severity to GitHub’s levels and keeps columns only on a one-line finding', () => {
    const oneLine = finding({ rule: 'bare-except', severity: 'error', message: 'Bare except.', suggestion: 'Catch what you expect.', file: 'a.py', line: 4, column: 5, endLine: 4, endColumn: 12 });
    const spanning = finding({ rule: 'nested-loop', severity: 'warning', message: 'Nested loop.', file: 'b.py', line: 7, column: 9, endLine: 9, endColumn: 3 });
    const notice = finding({ rule: 'unused-suppression', severity: 'notice', message: 'Unused.', file: 'c.py', line: 2 });
    expect([oneLine, spanning, notice].map(checkRunAnnotationOf)).toEqual([
      { path: 'a.py', start_line: 4, end_line: 4, start_column: 5, end_column: 12, annotation_level: 'failure', message: 'Bare except.\n\nCatch what you expect.', title: 'review: bare-except' },
      { path: 'b.py', start_line: 7, end_line: 9, annotation_level: 'warning', message: 'Nested loop.', title: 'review: nested-loop' },
      { path: 'c.py', start_line: 2, end_line: 2, annotation_level: 'notice', message: 'Unused.', title: 'review: unused-suppression' },
    ]);
  });

  it('has no annotation for a finding with no place in a file', () => {
    expect(checkRunAnnotationOf(finding({ analyzer: 'rollout', rule: 'canary-error-rate', message: 'Canary failing.' }))).toBeUndefined();
  });
});
