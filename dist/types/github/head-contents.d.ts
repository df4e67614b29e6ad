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
export declare function fetchHeadContents(octokit: GitHubClient, target: {
    owner: string;
    repo: string;
    headSha: string;
    changes: ChangeSet;
}, scratch: string, wanted: (file: string) => boolean): Promise<HeadSnapshot>;
