import type { ChangeSet } from '../core/changes.js';
import type { GitHubClient } from './octokit.js';
import { changeSetOfDiffEntries } from './pull-request-files.js';

/** GitHub's compare and commit endpoints list at most this many files. */
const COMPARE_FILE_LIMIT = 300;

const NO_COMMIT = /^0{40}$/;

export interface PushRef {
  owner: string;
  repo: string;
  /** The push event's `before`: all zeros (or empty) when the push created the branch. */
  before: string;
  after: string;
}

export interface PushFiles {
  changes: ChangeSet;
  /** `file` when only the pushed commit could be compared (a new branch): its files are reviewed whole. */
  filterMode?: 'file';
}

/**
 * What a push changed: `before…after` through the compare endpoint, or the pushed commit's own files for a new
 * branch. A list cut at GitHub's limit cannot say which files are unchanged, so the listed ones count whole.
 */
export async function listPushFiles(octokit: GitHubClient, push: PushRef): Promise<PushFiles> {
  const { owner, repo, before, after } = push;
  if (NO_COMMIT.test(before) || before === '') {
    const { data } = await octokit.rest.repos.getCommit({ owner, repo, ref: after });
    return { changes: changeSetOfDiffEntries(data.files ?? []), filterMode: 'file' };
  }
  const { data } = await octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${before}...${after}` });
  const files = data.files ?? [];
  if (files.length >= COMPARE_FILE_LIMIT) return { changes: { ...changeSetOfDiffEntries(files), wholeFiles: true } };
  return { changes: changeSetOfDiffEntries(files) };
}
