import { execFileSync } from 'node:child_process';
import { makeTree, type TreeEntry } from './temp-tree.js';

/** Identity and signing are pinned per command, so the tests never depend on the machine's git config. */
const PINNED_CONFIG = ['-c', 'user.name=predator-guard tests', '-c', 'user.email=tests@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'core.fileMode=true'];

export interface TempRepo {
  root: string;
  git: (...args: string[]) => string;
  cleanup: () => void;
}

/** A throwaway git repository whose first commit holds `entries`. */
export function makeRepo(entries: Record<string, TreeEntry>): TempRepo {
  const tree = makeTree(entries);
  const git = (...args: string[]) => execFileSync('git', [...PINNED_CONFIG, ...args], { cwd: tree.root, encoding: 'utf8' });
  git('init', '--quiet', '--initial-branch=main');
  git('add', '--all');
  git('commit', '--quiet', '--message', 'initial');
  return { root: tree.root, git, cleanup: tree.cleanup };
}
