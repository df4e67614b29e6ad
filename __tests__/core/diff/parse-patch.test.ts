import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ChangeSet } from '../../../src/core/changes.js';
import { addedLinesOfPatch, parseUnifiedDiff, unquoteGitPath } from '../../../src/core/diff/parse-patch.js';
import { makeRepo } from '../../helpers/git-repo.js';

/** A change set as plain data, so one `toEqual` states every file exactly. */
function plain(changes: ChangeSet): Record<string, { status: string; previousFile?: string; addedLines: number[] | 'all' }> {
  const files: Record<string, { status: string; previousFile?: string; addedLines: number[] | 'all' }> = {};
  for (const [file, change] of changes.files) {
    const addedLines = change.addedLines === 'all' ? 'all' : [...change.addedLines].sort((a, b) => a - b);
    files[file] = change.previousFile === undefined ? { status: change.status, addedLines } : { status: change.status, previousFile: change.previousFile, addedLines };
  }
  return files;
}

describe('addedLinesOfPatch', () => {
  it('counts new-file lines across hunks, advancing on context lines and not on removed ones', () => {
    // GitHub's `patch` for a file, as git diff writes it with three lines of context.
    const patch = [
      '@@ -1,4 +1,5 @@',
      ' import json',
      '+import logging',
      ' ',
      ' ',
      ' def load(path):',
      '@@ -9,6 +10,8 @@ def load(path):',
      ' def total(orders):',
      '     result = 0',
      '     for order in orders:',
      '+        if order.get("cancelled"):',
      '+            continue',
      '         result += order["amount"]',
      '     return result',
      ' ',
      '@@ -18,5 +21,5 @@ def names(users):',
      ' ',
      ' ',
      ' def main():',
      '-    print(total(load("orders.json")))',
      '+    logging.basicConfig()',
      '+    print(total(load(PATH)))',
      '-    return 0',
    ].join('\n');
    expect([...(addedLinesOfPatch(patch) as Set<number>)]).toEqual([2, 13, 14, 24, 25]);
  });

  it('reads a line added at the end of a file that had, and still has, no final newline', () => {
    const patch = ['@@ -1,2 +1,3 @@', ' a', '-b', '\\ No newline at end of file', '+b', '+c', '\\ No newline at end of file'].join('\n');
    expect([...(addedLinesOfPatch(patch) as Set<number>)]).toEqual([2, 3]);
  });

  it('treats omitted hunk counts as 1, and ignores text after the last hunk', () => {
    const patch = '@@ -7 +7 @@ def f():\n-    return 1\n+    return 2\n\n+not part of any hunk\n';
    expect([...(addedLinesOfPatch(patch) as Set<number>)]).toEqual([7]);
  });

  it('gives no lines for an empty patch (a mode change, a pure rename), and all for an unreadable header', () => {
    expect([...(addedLinesOfPatch('') as Set<number>)]).toEqual([]);
    expect(addedLinesOfPatch('@@ -1,2 +1,2 @@\n a\n+b')).toEqual(new Set([2]));
    expect(addedLinesOfPatch('@@ garbled @@\n+b')).toBe('all');
  });
});

describe('unquoteGitPath', () => {
  it('decodes the C quoting git applies to unusual names, and leaves plain names alone', () => {
    expect(unquoteGitPath('"b/caf\\303\\251 men\\303\\274.py"')).toBe('b/café menü.py');
    expect(unquoteGitPath('"a/say \\"hi\\"\\tnow.py"')).toBe('a/say "hi"\tnow.py');
    expect(unquoteGitPath('b/plain name.py')).toBe('b/plain name.py');
  });
});

describe('parseUnifiedDiff on real git output', () => {
  it('reads modified, renamed, removed, added, binary and mode-only files, with quoted and spaced names', () => {
    const repo = makeRepo({
      'app.py': 'import os\nprint(1)\n\n\ndef f():\n    return 1\n',
      'old name.py': 'one = 1\ntwo = 2\nthree = 3\nfour = 4\nfive = 5\n',
      'gone.py': 'x = 1\n',
      'brand logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]),
      'run.sh': 'echo hi\n',
      'say "hi".py': 'a = 1\n',
    });
    try {
      // Unstaged edits count as much as committed ones: `git diff HEAD` compares the working tree.
      writeFileSync(path.join(repo.root, 'app.py'), 'import os\nprint(2)\n\n\ndef f():\n    return 1\n    # done\n');
      repo.git('mv', 'old name.py', 'new näme.py');
      writeFileSync(path.join(repo.root, 'new näme.py'), 'one = 1\ntwo = 2\nthree = 3\nfour = 4\nfive = 5\nsix = 6\n');
      repo.git('rm', '--quiet', 'gone.py');
      writeFileSync(path.join(repo.root, 'brand logo.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 9, 9]));
      chmodSync(path.join(repo.root, 'run.sh'), 0o755);
      writeFileSync(path.join(repo.root, 'say "hi".py'), 'a = 1\nb = 2\n');
      writeFileSync(path.join(repo.root, 'lib.ts'), 'export const a = 1;\nexport const b = 2;\n');
      repo.git('add', 'lib.ts');

      const diff = repo.git('diff', 'HEAD');
      expect(diff).toContain('diff --git "a/say \\"hi\\".py" "b/say \\"hi\\".py"');
      expect(diff).toContain('rename to "new n\\303\\244me.py"');
      expect(plain(parseUnifiedDiff(diff))).toEqual({
        'app.py': { status: 'modified', addedLines: [2, 7] },
        'gone.py': { status: 'removed', addedLines: [] },
        'lib.ts': { status: 'added', addedLines: [1, 2] },
        'brand logo.png': { status: 'modified', addedLines: 'all' },
        'new näme.py': { status: 'renamed', previousFile: 'old name.py', addedLines: [6] },
        'run.sh': { status: 'changed', addedLines: [] },
        'say "hi".py': { status: 'modified', addedLines: [2] },
      });
    } finally {
      repo.cleanup();
    }
  });

  it('gives an empty change set for an empty diff', () => {
    expect(parseUnifiedDiff('').files.size).toBe(0);
  });
});
