import { renderText } from '../../src/render/text.js';
import { finding, realisticReport, reportOf } from './sample-report.js';
import { completedRun } from '../helpers/run-stats.js';
import type { SkippedFile } from '../../src/review/meta.js';

const text = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('renderText', () => {
  it('groups by file, then lists file-less findings under their analyzer, then the gate', () => {
    expect(renderText(realisticReport())).toBe(
      text(
        'src/broken.py',
        "  src/broken.py:5:12  error  Syntax error: missing ')'  syntax-error",
        '                             ↳ Fix the syntax; no other rule runs on this file until it parses.',
        '',
        'src/my module/handler.ts',
        "  src/my module/handler.ts:1:4  notice   Suppression of 'cognitive-complexity' matches no finding.  unused-suppression",
        '  src/my module/handler.ts:3:1  warning  Function handle_request has cognitive complexity 21 (max 15).  cognitive-complexity',
        '                                         ↳ Extract the nested branches into named helpers.',
        '',
        'rollout',
        '  warning  Canary error rate 2.4% exceeds the stable 0.3%.  canary-error-rate',
        '',
        "✖ 4 problems (1 error, 2 warnings, 1 notice) · 3 files reviewed, 0 manifests linted in 0 files — gate failed: 1 finding at or above 'error'",
      ),
    );
  });

  it('colours severity, rule, suggestion, file and summary only when asked', () => {
    const report = reportOf([
      finding({ rule: 'nested-loop', message: 'Loop inside a loop.', suggestion: 'Index by key.', file: 'a.py', line: 2, column: 5 }),
    ]);
    expect(renderText(report, { color: true })).toBe(
      text(
        '\x1b[1ma.py\x1b[22m',
        '  a.py:2:5  \x1b[33mwarning\x1b[39m  Loop inside a loop.  \x1b[2mnested-loop\x1b[22m',
        '                     \x1b[2m↳ Index by key.\x1b[22m',
        '',
        '\x1b[1m\x1b[33m⚠ 1 problem (0 errors, 1 warning, 0 notices) · 0 files reviewed — gate passed\x1b[39m\x1b[22m',
      ),
    );
    expect(renderText(report, { color: false })).toBe(
      text(
        'a.py',
        '  a.py:2:5  warning  Loop inside a loop.  nested-loop',
        '                     ↳ Index by key.',
        '',
        '⚠ 1 problem (0 errors, 1 warning, 0 notices) · 0 files reviewed — gate passed',
      ),
    );
  });

  it('shortens the place of a finding that covers a whole file or line instead of inventing a column', () => {
    const report = reportOf(
      [
        finding({ rule: 'file-rule', message: 'Whole file.', file: 'b.py' }),
        finding({ rule: 'line-rule', message: 'Whole line.', file: 'b.py', line: 7 }),
        finding({ rule: 'exact-rule', message: 'Exact.', file: 'b.py', line: 9, column: 3 }),
      ],
      { failOn: 'never' },
    );
    expect(renderText(report)).toBe(
      text(
        'b.py',
        '  b.py      warning  Whole file.  file-rule',
        '  b.py:7    warning  Whole line.  line-rule',
        '  b.py:9:3  warning  Exact.  exact-rule',
        '',
        '⚠ 3 problems (0 errors, 3 warnings, 0 notices) · 0 files reviewed — gate passed',
      ),
    );
  });

  it('prints failed and skipped runs with their errors, and the gate reason a failed run gives', () => {
    const report = reportOf([], {
      runs: [
        completedRun('review'),
        { analyzer: 'queries', status: 'failed', error: 'could not connect to postgres://db:5432 (ECONNREFUSED)', stats: {} },
        { analyzer: 'rollout', status: 'skipped', error: 'no rollout manifest changed', stats: {} },
      ],
    });
    expect(renderText(report)).toBe(
      text(
        '✖ The queries analyzer failed: could not connect to postgres://db:5432 (ECONNREFUSED)',
        '○ The rollout analyzer was skipped: no rollout manifest changed',
        '',
        '✖ no problems · 0 files reviewed — gate failed: the queries analyzer could not run',
      ),
    );
  });

  it('lists the files a run could not review, with their reasons', () => {
    const skipped: SkippedFile[] = [
      { file: 'big.py', reason: 'too-large', detail: '2000000 bytes, over the limit of 1048576 (max-file-size)' },
      { file: 'logo.js', reason: 'binary', detail: 'contains NUL bytes' },
    ];
    const report = reportOf([], { runs: [completedRun('review', { skipped })] });
    expect(renderText(report)).toBe(
      text(
        '○ 2 files not reviewed:',
        '  big.py: too-large (2000000 bytes, over the limit of 1048576 (max-file-size))',
        '  logo.js: binary (contains NUL bytes)',
        '',
        'Review: 2 files skipped; findings hidden: 0 by suppressions (0 own, 0 peer).',
        '✔ no problems · 0 files reviewed — gate passed',
      ),
    );
  });

  it('ends with the files skipped and what the diff filter, the baseline and suppressions hid, above the last line', () => {
    const skipped: SkippedFile[] = [{ file: 'gen.py', reason: 'linguist-generated' }];
    const stats = {
      files: 12,
      skipped,
      skippedOmitted: 140,
      suppressed: { own: 1, peer: 3 },
      diff: { mode: 'added' as const, changedFiles: 2, filteredOut: 7 },
      baseline: { file: '.predator-guard-baseline.json', hidden: 2, stale: 0 },
    };
    const output = renderText(reportOf([], { runs: [completedRun('review', stats)] }));
    expect(output.split('\n').slice(-3)).toEqual([
      'Review: 141 files skipped; findings hidden: 7 by the diff filter, 2 by the baseline, 4 by suppressions (1 own, 3 peer).',
      '✔ no problems · 12 files reviewed — gate passed',
      '',
    ]);
  });

  it('says so in one line when there is nothing to report', () => {
    expect(renderText(reportOf([]))).toBe('✔ no problems · 0 files reviewed — gate passed\n');
    expect(renderText(reportOf([]), { color: true })).toBe('\x1b[1m\x1b[32m✔ no problems · 0 files reviewed — gate passed\x1b[39m\x1b[22m\n');
  });
});
