import type { ChangeSet, FileChange } from '../../../src/core/changes.js';
import { filesToReview, filterFindings, touchesFile } from '../../../src/core/diff/filter-findings.js';
import { addedLinesOfPatch } from '../../../src/core/diff/parse-patch.js';
import type { Finding } from '../../../src/core/finding.js';
import { lines, reviewSnippet } from '../../helpers/review-snippet.js';

function changeSet(...changes: FileChange[]): ChangeSet {
  return { files: new Map(changes.map((change) => [change.file, change])) };
}

/** A file changed by `patch` (GitHub's per-file patch, or one section of git diff). */
function modified(file: string, patch: string): FileChange {
  return { file, status: 'modified', addedLines: addedLinesOfPatch(patch) };
}

function finding(file: string | undefined, line: number, endLine = line, rule = 'bare-except'): Finding {
  return {
    analyzer: 'review',
    rule,
    category: 'antipattern',
    severity: 'warning',
    message: `${rule} at ${line}`,
    ...(file === undefined ? {} : { file, line, column: 1, endLine, endColumn: 2 }),
    fingerprint: `${file}:${line}`,
  };
}

const where = (findings: readonly Finding[]) => findings.map((kept) => `${kept.file}:${kept.line} ${kept.rule}`);

describe('filterFindings in added mode', () => {
  it('keeps a signature that gained an eighth parameter on its own line, and drops an untouched finding', async () => {
    const source = lines(
      'def create_order(',
      '    customer,',
      '    items,',
      '    address,',
      '    coupon,',
      '    currency,',
      '    channel,',
      '    note,',
      '    gift_wrap,',
      '):',
      '    try:',
      '        return customer',
      '    except:',
      '        cleanup()',
    );
    const findings = await reviewSnippet('orders.py', source);
    expect(where(findings)).toEqual(['orders.py:1 too-many-params', 'orders.py:13 bare-except']);
    const changes = changeSet(modified('orders.py', '@@ -8,0 +9 @@ def create_order(\n+    gift_wrap,\n'));
    const outcome = filterFindings(findings, changes, 'added');
    expect(where(outcome.kept)).toEqual(['orders.py:1 too-many-params']);
    expect(outcome.filteredOut).toBe(1);
  });

  it('keeps an old loop that a new outer loop now wraps, through the outer line the finding records', async () => {
    const source = lines(
      'export function emit(items: string[], rounds: number[]) {',
      '  for (const round of rounds)',
      '  for (const item of items) {',
      '    console.log(item);',
      '  }',
      '}',
    );
    const [nested] = await reviewSnippet('emit.ts', source);
    expect(nested).toMatchObject({ rule: 'nested-loop', line: 3, endLine: 5, data: { outerLine: 2 } });
    const patch = [
      '@@ -1 +1,2 @@',
      '-export function emit(items: string[]) {',
      '+export function emit(items: string[], rounds: number[]) {',
      '+  for (const round of rounds)',
    ].join('\n');
    const changes = changeSet(modified('emit.ts', patch));
    expect(where(filterFindings([nested], changes, 'added').kept)).toEqual(['emit.ts:3 nested-loop']);
    // The same lines without the outer loop's line: nothing in 3..5 was added.
    const withoutOuterLine: Finding = { ...nested, data: { depth: 2 } };
    expect(filterFindings([withoutOuterLine], changes, 'added')).toEqual({ kept: [], filteredOut: 1 });
  });

  it('keeps a syntax error anywhere in a changed file, but not in an unchanged or removed one', async () => {
    const source = lines('export const a = 1;', 'export function f(a, b {', '}', 'export const z = 2;');
    const [syntax] = await reviewSnippet('broken.ts', source);
    expect(syntax).toMatchObject({ rule: 'syntax-error', line: 2 });
    const addsLastLine = changeSet(modified('broken.ts', '@@ -3,0 +4 @@\n+export const z = 2;\n'));
    expect(filterFindings([syntax], addsLastLine, 'added')).toEqual({ kept: [syntax], filteredOut: 0 });
    expect(filterFindings([syntax], changeSet(modified('other.ts', '@@ -1 +1 @@\n-a\n+b\n')), 'added').filteredOut).toBe(1);
    const removed = changeSet({ file: 'broken.ts', status: 'removed', addedLines: new Set() });
    expect(filterFindings([syntax], removed, 'added').filteredOut).toBe(1);
  });

  it('keeps every finding of a file whose patch is unknown, and findings with no file', () => {
    const changes = changeSet(
      { file: 'big.py', status: 'modified', addedLines: 'all' },
      modified('small.py', '@@ -1,0 +2 @@\n+x = 1\n'),
    );
    const findings = [finding('big.py', 40), finding('small.py', 9), finding(undefined, 0, 0, 'stale-baseline-entry')];
    const outcome = filterFindings(findings, changes, 'added');
    expect(where(outcome.kept)).toEqual(['big.py:40 bare-except', 'undefined:undefined stale-baseline-entry']);
    expect(outcome.filteredOut).toBe(1);
  });

  it('keeps everything when the change set is known to be incomplete', () => {
    const changes: ChangeSet = { files: new Map(), wholeFiles: true };
    expect(filterFindings([finding('anywhere.py', 3)], changes, 'added')).toEqual({ kept: [finding('anywhere.py', 3)], filteredOut: 0 });
  });
});

describe('filterFindings in the other modes', () => {
  // One line added, at 10: diff-context reaches lines 7 to 13.
  const changes = changeSet(modified('ctx.py', '@@ -9,0 +10 @@\n+    value = compute()\n'));
  const around = [6, 7, 10, 13, 14].map((line) => finding('ctx.py', line));

  it('diff-context keeps findings within 3 lines of an added line and drops those 4 away', () => {
    const outcome = filterFindings(around, changes, 'diff-context');
    expect(where(outcome.kept)).toEqual(['ctx.py:7 bare-except', 'ctx.py:10 bare-except', 'ctx.py:13 bare-except']);
    expect(outcome.filteredOut).toBe(2);
    expect(where(filterFindings(around, changes, 'added').kept)).toEqual(['ctx.py:10 bare-except']);
  });

  it('diff-context counts the whole range: a construct ending 3 lines before the added line is kept', () => {
    expect(where(filterFindings([finding('ctx.py', 2, 7), finding('ctx.py', 2, 6)], changes, 'diff-context').kept)).toEqual(['ctx.py:2 bare-except']);
  });

  it('file keeps every finding in a changed file, none in other or removed files', () => {
    const withOthers = changeSet(...changes.files.values(), { file: 'old.py', status: 'removed', addedLines: new Set() });
    const findings = [...around, finding('untouched.py', 1), finding('old.py', 1)];
    const outcome = filterFindings(findings, withOthers, 'file');
    expect(where(outcome.kept)).toEqual(where(around));
    expect(outcome.filteredOut).toBe(2);
  });

  it('nofilter keeps everything', () => {
    const findings = [...around, finding('untouched.py', 1)];
    expect(filterFindings(findings, changes, 'nofilter')).toEqual({ kept: findings, filteredOut: 0 });
  });
});

describe('the files a diff run reviews', () => {
  const changes = changeSet(
    modified('kept.py', '@@ -1 +1 @@\n-a\n+b\n'),
    { file: 'gone.py', status: 'removed', addedLines: new Set() },
    { file: 'new.py', status: 'renamed', previousFile: 'old.py', addedLines: new Set() },
  );

  it('are the changed files that still exist, except in nofilter mode or for an incomplete change set', () => {
    expect([...filesToReview(changes, 'added')!]).toEqual(['kept.py', 'new.py']);
    expect([...filesToReview(changes, 'file')!]).toEqual(['kept.py', 'new.py']);
    expect(filesToReview(changes, 'nofilter')).toBeUndefined();
    expect(filesToReview({ ...changes, wholeFiles: true }, 'added')).toBeUndefined();
  });

  it('count a file as touched under its old name too', () => {
    expect(['kept.py', 'gone.py', 'old.py', 'new.py', 'other.py'].filter((file) => touchesFile(changes, file))).toEqual(['kept.py', 'gone.py', 'old.py', 'new.py']);
  });
});
