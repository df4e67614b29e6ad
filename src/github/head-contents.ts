import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ChangeSet } from '../core/changes.js';
import type { GitHubClient } from './octokit.js';

export interface HeadSnapshot {
  root: string;
  files: number;
}

/**
 * Under pull_request_target the workspace holds the base branch. The pull request's versions of the changed files
 * an analyzer reads (`wanted`) are fetched through the contents API into a scratch folder and analyzed there as
 * data: nothing from the pull request is checked out, installed or run.
 */
export async function fetchHeadContents(
  octokit: GitHubClient,
  target: { owner: string; repo: string; headSha: string; changes: ChangeSet },
  scratch: string,
  wanted: (file: string) => boolean,
): Promise<HeadSnapshot> {
  mkdirSync(scratch, { recursive: true });
  const root = mkdtempSync(path.join(scratch, 'head-'));
  let files = 0;
  for (const change of target.changes.files.values()) {
    if (change.status === 'removed' || !wanted(change.file)) continue;
    const destination = path.join(root, ...change.file.split('/'));
    // A path from the pull request must stay inside the scratch folder. One that would leave it is not even
    // fetched: nothing of it could be reviewed, and an error answer for it would fail the whole run.
    if (!destination.startsWith(root + path.sep)) continue;
    const { data } = await octokit.rest.repos.getContent({ owner: target.owner, repo: target.repo, path: change.file, ref: target.headSha });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) continue;
    mkdirSync(path.dirname(destination), { recursive: true });
    writeFileSync(destination, Buffer.from(data.content, 'base64'));
    files += 1;
  }
  return { root, files };
}
