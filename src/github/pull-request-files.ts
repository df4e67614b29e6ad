import type { ChangeSet, FileChange, FileChangeStatus } from '../core/changes.js';
import { addedLinesOfPatch } from '../core/diff/parse-patch.js';
import type { GitHubClient } from './octokit.js';

/** GitHub lists at most this many files of a pull request, whatever the pagination asks for. */
export const GITHUB_FILE_LIST_LIMIT = 3000;

export interface PullRequestRef {
  owner: string;
  repo: string;
  pullNumber: number;
  /** `pull_request.changed_files` from the event, when known: tells a list of exactly 3,000 files from a cut one. */
  changedFiles?: number;
}

export interface PullRequestFiles {
  changeSet: ChangeSet;
  /** Set when GitHub's list was cut at its limit and every file is therefore reviewed whole. */
  warning?: string;
}

/** A file as GitHub lists it in a pull request, a comparison or a commit (its "diff entry"). */
export interface DiffEntry {
  filename: string;
  status: FileChangeStatus | 'unchanged';
  changes: number;
  patch?: string;
  previous_filename?: string;
}

/**
 * The pull request's changed files and added lines, from every page of GitHub's list. GitHub omits `patch` for
 * large and binary diffs: such a file counts as changed throughout. A list cut at GitHub's limit cannot say which
 * files are unchanged, so the change set is marked `wholeFiles`.
 */
export async function listPullRequestFiles(octokit: GitHubClient, pullRequest: PullRequestRef): Promise<PullRequestFiles> {
  const { owner, repo, pullNumber, changedFiles } = pullRequest;
  const listed = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: 100 });
  const { files } = changeSetOfDiffEntries(listed);
  const cut = listed.length >= GITHUB_FILE_LIST_LIMIT || (changedFiles ?? 0) > GITHUB_FILE_LIST_LIMIT;
  if (!cut) return { changeSet: { files } };
  const total = changedFiles === undefined ? `more than ${GITHUB_FILE_LIST_LIMIT}` : String(changedFiles);
  return {
    changeSet: { files, wholeFiles: true },
    warning:
      `Pull request #${pullNumber} changes ${total} files, and GitHub lists only the first ${GITHUB_FILE_LIST_LIMIT}: ` +
      'every file is reviewed whole (file mode). Split the pull request to get findings on added lines only.',
  };
}

/** GitHub's diff entries (from a pull request's files, a comparison or a commit) as a change set. */
export function changeSetOfDiffEntries(entries: readonly DiffEntry[]): ChangeSet {
  const files = new Map<string, FileChange>();
  for (const entry of entries) {
    const change = fileChangeOf(entry);
    if (change) files.set(change.file, change);
  }
  return { files };
}

function fileChangeOf(entry: DiffEntry): FileChange | undefined {
  // GitHub's schema allows `unchanged`: such an entry added nothing, so no finding can be new in it.
  if (entry.status === 'unchanged') return undefined;
  const change: FileChange = { file: entry.filename, status: entry.status, addedLines: addedLinesOf(entry) };
  const moved = (entry.status === 'renamed' || entry.status === 'copied') && entry.previous_filename !== undefined;
  return moved ? { ...change, previousFile: entry.previous_filename } : change;
}

/**
 * A removed file, a pure rename or a mode change (no changed lines) added nothing. A changed file without `patch`
 * is one whose diff GitHub left out (too large, binary): every line of it counts.
 */
function addedLinesOf(entry: DiffEntry): ReadonlySet<number> | 'all' {
  if (entry.status === 'removed' || entry.changes === 0) return new Set<number>();
  return entry.patch === undefined ? 'all' : addedLinesOfPatch(entry.patch);
}
