import { renderAnnotations } from '../../src/render/annotations.js';
import { finding, reportOf } from './sample-report.js';

describe('workflow-command annotations', () => {
  it('writes one command per placed finding, escaping what would end the command early', () => {
    const report = reportOf([
      finding({
        rule: 'empty-catch',
        severity: 'warning',
        message: "Empty 'except ValueError:' swallows 100% of errors,\nsilently.",
        suggestion: 'Handle, log or re-raise.',
        file: 'src/a,b:c.py',
        line: 3,
        column: 5,
        endLine: 4,
        endColumn: 9,
      }),
      finding({ rule: 'syntax-error', severity: 'error', message: 'Syntax error: missing )', file: 'web/x.ts', line: 1, column: 34, endLine: 1, endColumn: 35 }),
      finding({ rule: 'rollout-aborted', analyzer: 'rollout', severity: 'error', message: 'Rollout aborted.' }),
    ]);
    expect(renderAnnotations(report)).toEqual({
      commands: [
        '::error file=web/x.ts,line=1,endLine=1,col=34,endColumn=35,title=predator-guard syntax-error::Syntax error: missing )',
        "::warning file=src/a%2Cb%3Ac.py,line=3,endLine=4,title=predator-guard empty-catch::Empty 'except ValueError:' swallows 100%25 of errors,%0Asilently.%0AHandle, log or re-raise.",
      ],
      omitted: { error: 0, warning: 0, notice: 0 },
    });
  });

  it('keeps ten of each level, errors first, and counts the rest', () => {
    const many = Array.from({ length: 13 }, (_, index) =>
      finding({ rule: 'nested-loop', severity: 'warning', message: `Loop ${index}.`, file: 'a.py', line: index + 1, column: 1, endLine: index + 1, endColumn: 2 }),
    );
    const errors = Array.from({ length: 2 }, (_, index) =>
      finding({ rule: 'syntax-error', severity: 'error', message: `Bad ${index}.`, file: `b${index}.py`, line: 1, column: 1, endLine: 1, endColumn: 1 }),
    );
    const { commands, omitted } = renderAnnotations(reportOf([...many, ...errors]));
    expect(commands).toHaveLength(12);
    expect(commands[0]).toMatch(/^::error file=b0\.py,/);
    expect(commands[11]).toMatch(/^::warning file=a\.py,line=10,/);
    expect(omitted).toEqual({ error: 0, warning: 3, notice: 0 });
  });
});
