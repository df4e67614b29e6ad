import type { ChangeSet } from '../core/changes.js';
import type { GitHubClient } from './octokit.js';
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
export declare function listPushFiles(octokit: GitHubClient, push: PushRef): Promise<PushFiles>;
