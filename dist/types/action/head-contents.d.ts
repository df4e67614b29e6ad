import type { GitHubClient } from '../github/octokit.js';
import type { ChangeSet } from '../core/changes.js';
export interface HeadSnapshot {
    root: string;
    files: number;
}
/**
 * Under pull_request_target the workspace holds the base branch. The pull request's versions of the changed files
 * are fetched through the contents API into a scratch folder and reviewed there as data: nothing from the pull
 * request is checked out, installed or run.
 */
export declare function fetchHeadContents(octokit: GitHubClient, target: {
    owner: string;
    repo: string;
    headSha: string;
    changes: ChangeSet;
}, scratch: string): Promise<HeadSnapshot>;
