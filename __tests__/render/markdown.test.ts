import { renderMarkdown } from '../../src/render/markdown.js';
import { finding, realisticReport, reportOf } from './sample-report.js';
import { completedRun } from '../helpers/run-stats.js';
import type { SkippedFile } from '../../src/review/meta.js';

const markdown = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('renderMarkdown', () => {
  it('summarises, then groups by category in CATEGORIES order, then by file', () => {
    expect(renderMarkdown(realisticReport())).toBe(
      markdown(
        '**predator-guard**: 1 error, 2 warnings, 1 notice · gate failed',
        '',
        '### ❌ Syntax (1)',
        '',
        '**src/broken.py**',
        '',
        "- `src/broken.py:5` — Syntax error: missing ')' `syntax-error`",
        '  - _Fix the syntax; no other rule runs on this file until it parses._',
        '',
        '### 🔴 Complexity (1)',
        '',
        '**src/my module/handler.ts**',
        '',
        '- `src/my module/handler.ts:3` — Function handle\\_request has cognitive complexity 21 (max 15). `cognitive-complexity`',
        '  - _Extract the nested branches into named helpers._',
        '',
        '### 🚦 Release (1)',
        '',
        '- Canary error rate 2.4% exceeds the stable 0.3%. `canary-error-rate`',
        '',
        '### 🧹 Hygiene (1)',
        '',
        '**src/my module/handler.ts**',
        '',
        "- `src/my module/handler.ts:1` — Suppression of 'cognitive-complexity' matches no finding. `unused-suppression`",
      ),
    );
  });

  it("keeps one analyzer's findings and links each place to its lines when given a link base", () => {
    const rendered = renderMarkdown(realisticReport(), { analyzer: 'review', linkBase: 'https://github.com/o/r/blob/0123abc/' });
    expect(rendered).toBe(
      markdown(
        '**predator-guard review**: 1 error, 1 warning, 1 notice · gate failed',
        '',
        '### ❌ Syntax (1)',
        '',
        '**src/broken.py**',
        '',
        "- [src/broken.py:5](https://github.com/o/r/blob/0123abc/src/broken.py#L5) — Syntax error: missing ')' `syntax-error`",
        '  - _Fix the syntax; no other rule runs on this file until it parses._',
        '',
        '### 🔴 Complexity (1)',
        '',
        '**src/my module/handler.ts**',
        '',
        '- [src/my module/handler.ts:3](https://github.com/o/r/blob/0123abc/src/my%20module/handler.ts#L3-L40) — Function handle\\_request has cognitive complexity 21 (max 15). `cognitive-complexity`',
        '  - _Extract the nested branches into named helpers._',
        '',
        '### 🧹 Hygiene (1)',
        '',
        '**src/my module/handler.ts**',
        '',
        "- [src/my module/handler.ts:1](https://github.com/o/r/blob/0123abc/src/my%20module/handler.ts#L1) — Suppression of 'cognitive-complexity' matches no finding. `unused-suppression`",
      ),
    );
  });

  it('escapes what user code in a message or path could use to break, restyle or ping from the comment', () => {
    const report = reportOf([
      finding({
        rule: 'empty-catch',
        message: 'Handler `except: pass` in a | b <script>*x*</script> [x](y) ~~z~~ &amp; @property\n# heading',
        suggestion: 'Log it with `logger.exception`.',
        file: 'src/__init__.py',
        line: 2,
        column: 1,
      }),
      finding({ rule: 'odd-path', message: 'Plain.', file: 'src/a`b (1).py', line: 4, endLine: 6 }),
    ]);
    expect(renderMarkdown(report, { linkBase: 'https://example.test/blob/x/' })).toBe(
      markdown(
        '**predator-guard**: 2 warnings · gate passed',
        '',
        '### 🧹 Hygiene (2)',
        '',
        '**src/\\_\\_init\\_\\_.py**',
        '',
        '- [src/\\_\\_init\\_\\_.py:2](https://example.test/blob/x/src/__init__.py#L2) — Handler \\`except: pass\\` in a \\| b \\<script\\>\\*x\\*\\</script\\> \\[x\\](y) \\~\\~z\\~\\~ \\&amp; @&#8203;property # heading `empty-catch`',
        '  - _Log it with \\`logger.exception\\`._',
        '',
        '**src/a\\`b (1).py**',
        '',
        '- [src/a\\`b (1).py:4](https://example.test/blob/x/src/a%60b%20%281%29.py#L4-L6) — Plain. `odd-path`',
      ),
    );
    expect(renderMarkdown(report)).toContain('- ``src/a`b (1).py:4`` — Plain. `odd-path`');
  });

  it('says there is nothing to report, for the whole report and for one analyzer', () => {
    expect(renderMarkdown(reportOf([]))).toBe('**predator-guard**: ✅ No findings.\n');
    const rolloutOnly = reportOf([finding({ analyzer: 'rollout', rule: 'canary-error-rate', category: 'release', message: 'Too many errors.' })], { failOn: 'never' });
    expect(renderMarkdown(rolloutOnly, { analyzer: 'review' })).toBe('**predator-guard review**: ✅ No findings.\n');
    expect(renderMarkdown(rolloutOnly, { analyzer: 'rollout' })).toBe(
      markdown('**predator-guard rollout**: 1 warning · gate passed', '', '### 🚦 Release (1)', '', '- Too many errors. `canary-error-rate`'),
    );
  });

  it('folds the files a run could not review into a details block, escaping their names', () => {
    const skipped: SkippedFile[] = [{ file: 'gen/__init__.py', reason: 'not-utf8', detail: 'invalid UTF-8 at byte 12' }];
    const report = reportOf([], { runs: [completedRun('review', { skipped })] });
    expect(renderMarkdown(report)).toBe(
      markdown(
        '**predator-guard**: ✅ No findings.',
        '',
        '<details><summary>⏭️ 1 file not reviewed</summary>',
        '',
        '- gen/\\_\\_init\\_\\_.py: not-utf8 (invalid UTF-8 at byte 12)',
        '',
        '</details>',
      ),
    );
  });

  it('names a failed run with a warning sign and a skipped run with its reason', () => {
    const report = reportOf([finding({ rule: 'nested-loop', message: 'Loop in a loop.', file: 'a.py', line: 1, column: 1 })], {
      runs: [
        completedRun('review'),
        { analyzer: 'queries', status: 'failed', error: 'could not connect: password authentication failed for user "ci_*"', stats: {} },
        { analyzer: 'rollout', status: 'skipped', error: 'no manifest changed', stats: {} },
      ],
      failOn: 'never',
    });
    expect(renderMarkdown(report)).toBe(
      markdown(
        '**predator-guard**: 1 warning · gate failed',
        '',
        '⚠️ The queries analyzer failed: could not connect: password authentication failed for user "ci\\_\\*"',
        '',
        '⏭️ The rollout analyzer was skipped: no manifest changed',
        '',
        '### 🧹 Hygiene (1)',
        '',
        '**a.py**',
        '',
        '- `a.py:1` — Loop in a loop. `nested-loop`',
      ),
    );
    expect(renderMarkdown(report, { analyzer: 'queries' })).toBe(
      markdown(
        '**predator-guard queries**: no findings · gate failed',
        '',
        '⚠️ The queries analyzer failed: could not connect: password authentication failed for user "ci\\_\\*"',
      ),
    );
  });
});
