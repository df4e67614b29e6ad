import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ChangeSet } from '../../../src/core/changes.js';
import { UsageError } from '../../../src/core/config/usage-error.js';
import { changesFromGit } from '../../../src/core/diff/git-changes.js';
import { makeRepo } from '../../helpers/git-repo.js';
import { makeTree } from '../../helpers/temp-tree.js';

function summary(changes: ChangeSet): Record<string, string> {
  const lines: Record<string, string> = {};
  for (const [file, change] of changes.files) {
    const added = change.addedLines === 'all' ? 'all' : [...change.addedLines].sort((a, b) => a - b).join(',');
    lines[file] = `${change.status}${change.previousFile ? ` from ${change.previousFile}` : ''}: ${added}`;
  }
  return lines;
}

describe('changesFromGit', () => {
  it('takes committed, staged and unstaged changes since the ref, and untracked files that are not ignored', async () => {
    const repo = makeRepo({
      '.gitignore': '*.log\n',
      'app.py': 'a = 1\nb = 2\nc = 3\n',
      'keep.py': 'k = 1\n',
      'src/old.ts': 'export const one = 1;\nexport const two = 2;\nexport const three = 3;\n',
    });
    try {
      writeFileSync(path.join(repo.root, 'app.py'), 'a = 1\nb = 20\nc = 3\n');
      repo.git('commit', '--quiet', '--all', '--message', 'second');
      writeFileSync(path.join(repo.root, 'app.py'), 'a = 1\nb = 20\nc = 3\nd = 4\n');
      repo.git('mv', 'src/old.ts', 'src/new.ts');
      writeFileSync(path.join(repo.root, 'src/new.ts'), 'export const one = 1;\nexport const two = 2;\nexport const three = 3;\nexport const four = 4;\n');
      mkdirSync(path.join(repo.root, 'notes'));
      writeFileSync(path.join(repo.root, 'notes/todo ü.py'), 'pass\n');
      writeFileSync(path.join(repo.root, 'debug.log'), 'ignored\n');

      expect(summary(await changesFromGit(repo.root, 'HEAD~1'))).toEqual({
        'app.py': 'modified: 2,4',
        'src/new.ts': 'renamed from src/old.ts: 4',
        'notes/todo ü.py': 'added: all',
      });
      expect(summary(await changesFromGit(repo.root, 'HEAD'))).toEqual({
        'app.py': 'modified: 4',
        'src/new.ts': 'renamed from src/old.ts: 4',
        'notes/todo ü.py': 'added: all',
      });
    } finally {
      repo.cleanup();
    }
  });

  it('gives paths relative to a subfolder it runs from, and only the changes under it', async () => {
    const repo = makeRepo({ 'top.py': 'x = 1\n', 'pkg/mod.py': 'y = 1\n' });
    try {
      writeFileSync(path.join(repo.root, 'top.py'), 'x = 2\n');
      writeFileSync(path.join(repo.root, 'pkg/mod.py'), 'y = 1\nz = 2\n');
      writeFileSync(path.join(repo.root, 'pkg/extra.py'), 'w = 1\n');
      expect(summary(await changesFromGit(path.join(repo.root, 'pkg'), 'HEAD'))).toEqual({
        'mod.py': 'modified: 2',
        'extra.py': 'added: all',
      });
    } finally {
      repo.cleanup();
    }
  });

  it('rejects a ref that is not a commit, naming it and the fetch that would bring it', async () => {
    const repo = makeRepo({ 'a.py': 'a = 1\n' });
    try {
      // A remote is only named, never contacted: resolving a ref is local.
      repo.git('remote', 'add', 'origin', 'https://example.invalid/repo.git');
      await expect(changesFromGit(repo.root, 'origin/release')).rejects.toThrow(
        new UsageError("--diff-base: 'origin/release' is not a commit in this repository. Check the name, or fetch it first (CI checkouts are often shallow): git fetch origin release"),
      );
      await expect(changesFromGit(repo.root, 'mian')).rejects.toThrow(
        "--diff-base: 'mian' is not a commit in this repository. Check the name, or fetch it first (CI checkouts are often shallow): git fetch origin mian",
      );
      await expect(changesFromGit(repo.root, '--output=/tmp/x')).rejects.toThrow("--diff-base: '--output=/tmp/x' is not a commit");
      expect((await changesFromGit(repo.root, 'main')).files.size).toBe(0);
    } finally {
      repo.cleanup();
    }
  });

  it('rejects a folder that is not in a git working tree', async () => {
    const tree = makeTree({ 'a.py': 'a = 1\n' });
    try {
      const failure = changesFromGit(tree.root, 'HEAD');
      await expect(failure).rejects.toBeInstanceOf(UsageError);
      await expect(failure).rejects.toThrow(
        `--diff-base needs a git working tree, and '${tree.root}' is not inside one. Run predator-guard from a clone, or drop --diff-base to review every file.`,
      );
    } finally {
      tree.cleanup();
    }
  });
});
