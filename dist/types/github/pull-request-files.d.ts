import type { ChangeSet, FileChangeStatus } from '../core/changes.js';
import type { GitHubClient } from './octokit.js';
/** GitHub lists at most this many files of a pull request, whatever the pagination asks for. */
export declare const GITHUB_FILE_LIST_LIMIT = 3000;
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
export declare function listPullRequestFiles(octokit: GitHubClient, pullRequest: PullRequestRef): Promise<PullRequestFiles>;
/** GitHub's diff entries (from a pull request's files, a comparison or a commit) as a change set. */
export declare function changeSetOfDiffEntries(entries: readonly DiffEntry[]): ChangeSet;
