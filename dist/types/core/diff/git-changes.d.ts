import type { ChangeSet } from '../changes.js';
/**
 * What the working tree changed against `baseRef`, as `git diff REF` shows it (commits since REF, staged and
 * unstaged edits), plus untracked files, which git diff leaves out but a reviewer would not. Paths are relative to
 * `root`, and only files under it count, so running from a subfolder of the repository works.
 */
export declare function changesFromGit(root: string, baseRef: string): Promise<ChangeSet>;
