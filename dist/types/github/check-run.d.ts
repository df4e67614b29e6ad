import type { RenderedCheckRun } from '../render/check-run.js';
import { type GitHubClient, type GitHubLog } from './octokit.js';
/** The Checks API takes at most this many annotations per create or update call; later calls append. */
export declare const ANNOTATIONS_PER_REQUEST = 50;
export interface CheckRunPublication extends RenderedCheckRun {
    owner: string;
    repo: string;
    name: string;
    headSha: string;
    log: GitHubLog;
}
export type CheckRunResult = {
    action: 'created';
    id: number;
    url: string;
    annotated: number;
    rejected: number;
} | {
    action: 'forbidden';
    reason: string;
};
/**
 * A completed check run carrying every annotation. The run is created bare and each batch of 50 is its own update,
 * so a batch GitHub rejects (422) is counted and reported while every other batch still lands. A token without
 * `checks: write` gives a `forbidden` result and one warning: the caller then annotates through workflow commands.
 */
export declare function publishCheckRun(octokit: GitHubClient, publication: CheckRunPublication): Promise<CheckRunResult>;
