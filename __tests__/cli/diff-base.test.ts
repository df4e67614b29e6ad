import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import type { Report } from '../../src/core/report.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';

async function cli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), colorByDefault: false });
  return { code, stdout, stderr };
}

async function jsonReport(argv: string[], cwd: string): Promise<{ code: number; report: Report }> {
  const { code, stdout, stderr } = await cli([...argv, '--format', 'json'], cwd);
  expect(stderr).toBe('');
  return { code, report: JSON.parse(stdout) as Report };
}

const where = (report: Report) => report.findings.map((finding) => `${finding.file ?? '-'}:${finding.line ?? '-'} ${finding.rule}`);

const ORDERS = 'def total(orders):\n    try:\n        return sum(orders)\n    except:\n        return 0\n';
const NEW_FUNCTION = '\n\ndef create_order(customer, items, address, coupon, currency, channel, note, gift_wrap):\n    return customer\n';
const UNTOUCHED = 'def grid(rows, cols):\n    for r in rows:\n        for c in cols:\n            print(r, c)\n';
const UTIL = 'export function first(items: string[]): string | undefined {\n  try {\n    return items[0];\n  } catch {}\n  return undefined;\n}\n';

describe('predator-guard review --diff-base', () => {
  let repo: TempRepo;

  beforeEach(() => {
    repo = makeRepo({ 'app/orders.py': ORDERS, 'app/untouched.py': UNTOUCHED, 'web/util.ts': UTIL, 'dangling.py': { symlink: 'missing.py' } });
    // Since the commit: a new eight-parameter function in orders.py, a harmless line in util.ts, a new untracked
    // module with a bare except. untouched.py keeps its nested loop and is not changed.
    appendFileSync(path.join(repo.root, 'app/orders.py'), NEW_FUNCTION);
    appendFileSync(path.join(repo.root, 'web/util.ts'), 'export const VERSION = 2;\n');
    writeFileSync(path.join(repo.root, 'app/new_module.py'), 'try:\n    import yaml\nexcept:\n    yaml = None\n');
  });
  afterEach(() => repo.cleanup());

  it('reports only findings on added lines, after parsing only the changed files', async () => {
    const { code, report } = await jsonReport(['review', '--diff-base', 'HEAD'], repo.root);
    expect(code).toBe(0);
    expect(where(report)).toEqual(['app/new_module.py:3 bare-except', 'app/orders.py:8 too-many-params']);
    expect(report.runs[0].stats).toMatchObject({
      files: 3,
      languages: { python: 2, typescript: 1 },
      skipped: [],
      diff: { mode: 'added', changedFiles: 3, filteredOut: 2 },
    });
  });

  it('reviews a changed file only when it is under the paths asked for', async () => {
    const { report } = await jsonReport(['review', 'app', '--diff-base', 'HEAD'], repo.root);
    expect(where(report)).toEqual(['app/new_module.py:3 bare-except', 'app/orders.py:8 too-many-params']);
    expect(report.runs[0].stats).toMatchObject({ files: 2, languages: { python: 2, typescript: 0 }, diff: { filteredOut: 1 } });
  });

  it('keeps every finding of the changed files with --filter-mode file, and of every file with nofilter', async () => {
    const file = await jsonReport(['review', '--diff-base', 'HEAD', '--filter-mode', 'file'], repo.root);
    expect(where(file.report)).toEqual([
      'app/new_module.py:3 bare-except',
      'app/orders.py:4 bare-except',
      'app/orders.py:8 too-many-params',
      'web/util.ts:4 empty-catch',
    ]);
    expect(file.report.runs[0].stats).toMatchObject({ files: 3, diff: { mode: 'file', changedFiles: 3, filteredOut: 0 } });

    const nofilter = await jsonReport(['review', '--diff-base', 'HEAD', '--filter-mode', 'nofilter'], repo.root);
    expect(where(nofilter.report)).toEqual([...where(file.report).slice(0, 3), 'app/untouched.py:3 nested-loop', 'web/util.ts:4 empty-catch']);
    expect(nofilter.report.runs[0].stats).toMatchObject({
      files: 4,
      skipped: [{ file: 'dangling.py', reason: 'broken-symlink' }],
      diff: { mode: 'nofilter', filteredOut: 0 },
    });
  });

  it('exits 2 naming a ref that does not resolve and the fetch that would bring it', async () => {
    expect(await cli(['review', '--diff-base', 'origin/mian'], repo.root)).toEqual({
      code: 2,
      stdout: '',
      stderr: "predator-guard: --diff-base: 'origin/mian' is not a commit in this repository. Check the name, or fetch it first (CI checkouts are often shallow): git fetch origin mian\n",
    });
  });

  it('exits 2 for a filter mode without a base, an unknown mode, or a baseline rewrite limited to a diff', async () => {
    expect(await cli(['review', '--filter-mode', 'file'], repo.root)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'predator-guard: --filter-mode file needs --diff-base in the CLI: the changed lines come from git diff against that ref. Add --diff-base REF (e.g. --diff-base origin/main).\n',
    });
    expect((await cli(['review', '--diff-base', 'HEAD', '--filter-mode', 'everything'], repo.root)).stderr).toBe(
      "predator-guard: --filter-mode: got 'everything'; expected one of added, diff-context, file, nofilter.\n",
    );
    expect((await cli(['review', '--diff-base', 'HEAD', '--write-baseline'], repo.root)).stderr).toBe(
      'predator-guard: --diff-base cannot go with --write-baseline or --prune-baseline: a baseline must see every finding, not only those on changed lines. Drop --diff-base.\n',
    );
  });
});

describe('predator-guard review --diff-base with a baseline', () => {
  it('reports a fixed baseline entry of a changed file as stale, but not the entries of files it did not review', async () => {
    const repo = makeRepo({ 'app/orders.py': ORDERS, 'app/untouched.py': UNTOUCHED });
    try {
      expect((await cli(['review', '--write-baseline'], repo.root)).stderr).toBe('Wrote 2 baseline entries to .predator-guard-baseline.json.\n');
      repo.git('add', '--all');
      repo.git('commit', '--quiet', '--message', 'baseline');
      writeFileSync(path.join(repo.root, 'app/orders.py'), ORDERS.replace('except:', 'except TypeError:') + NEW_FUNCTION);

      const diffRun = await jsonReport(['review', '--diff-base', 'HEAD'], repo.root);
      expect(where(diffRun.report)).toEqual(['-:- stale-baseline-entry', 'app/orders.py:8 too-many-params']);
      expect(diffRun.report.findings[0].data).toMatchObject({ rule: 'bare-except', file: 'app/orders.py' });
      expect(diffRun.report.runs[0].stats).toMatchObject({ files: 1, baseline: { hidden: 0, stale: 1 } });

      // The full run reviews untouched.py, whose finding the baseline hides.
      const fullRun = await jsonReport(['review'], repo.root);
      expect(where(fullRun.report)).toEqual(where(diffRun.report));
      expect(fullRun.report.runs[0].stats).toMatchObject({ files: 2, baseline: { hidden: 1, stale: 1 } });
    } finally {
      repo.cleanup();
    }
  });
});
