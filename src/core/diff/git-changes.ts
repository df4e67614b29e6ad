import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { ChangeSet, FileChange } from '../changes.js';
import { UsageError } from '../config/usage-error.js';
import { parseUnifiedDiff } from './parse-patch.js';

const run = promisify(execFile);

/** A large refactoring's diff runs to tens of megabytes; Node's default 1 MB would cut it off. */
const MAX_OUTPUT_BYTES = 512 * 1024 * 1024;

/**
 * What the working tree changed against `baseRef`, as `git diff REF` shows it (commits since REF, staged and
 * unstaged edits), plus untracked files, which git diff leaves out but a reviewer would not. Paths are relative to
 * `root`, and only files under it count, so running from a subfolder of the repository works.
 */
export async function changesFromGit(root: string, baseRef: string): Promise<ChangeSet> {
  await requireRepository(root);
  const base = await resolveCommit(root, baseRef);
  // Flags pin the output format against user config: prefixes (diff.noprefix), external diff tools, textconv.
  const diff = await git(root, [
    'diff', '--no-color', '--no-ext-diff', '--no-textconv', '--unified=0', '--find-renames', '--relative',
    '--src-prefix=a/', '--dst-prefix=b/', base, '--',
  ]);
  const changes = parseUnifiedDiff(diff);
  const untracked = await git(root, ['ls-files', '--others', '--exclude-standard', '-z']);
  const files = new Map<string, FileChange>(changes.files);
  for (const file of untracked.split('\0').filter((name) => name !== '')) files.set(file, { file, status: 'added', addedLines: 'all' });
  return { files };
}

async function requireRepository(root: string): Promise<void> {
  try {
    await git(root, ['rev-parse', '--is-inside-work-tree']);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UsageError('--diff-base runs git, and git was not found on PATH. Install git, or drop --diff-base to review every file.');
    }
    throw new UsageError(`--diff-base needs a git working tree, and '${root}' is not inside one. Run predator-guard from a clone, or drop --diff-base to review every file.`);
  }
}

/** The ref is resolved first, so a typo gets its own message and a ref that looks like an option is never one. */
async function resolveCommit(root: string, ref: string): Promise<string> {
  try {
    return (await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
  } catch {
    const hint = await fetchCommand(root, ref);
    throw new UsageError(`--diff-base: '${ref}' is not a commit in this repository. Check the name, or fetch it first (CI checkouts are often shallow): ${hint}`);
  }
}

/** `origin/main` is fetched as `git fetch origin main`; a bare name or a SHA from origin. */
async function fetchCommand(root: string, ref: string): Promise<string> {
  const listed = (await git(root, ['remote']).catch(() => '')).split('\n').filter((name) => name !== '');
  const remotes = listed.length > 0 ? listed : ['origin'];
  const shortRef = ref.replace(/^refs\/remotes\//, '');
  const remote = remotes.find((name) => shortRef.startsWith(`${name}/`));
  if (remote) return `git fetch ${remote} ${shortRef.slice(remote.length + 1)}`;
  return `git fetch ${remotes.includes('origin') ? 'origin' : remotes[0]} ${ref}`;
}

async function git(cwd: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run('git', [...args], { cwd, encoding: 'utf8', maxBuffer: MAX_OUTPUT_BYTES });
  return stdout;
}
