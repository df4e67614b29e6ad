import { type GitHubClient, type GitHubLog } from './octokit.js';
/**
 * The login GitHub gives the workflow's default token (GITHUB_TOKEN): GraphQL's `viewer` answers it for that token
 * too, so this is only assumed when `viewer` does not answer at all.
 */
export declare const DEFAULT_TOKEN_LOGIN = "github-actions[bot]";
export interface StickyComment {
    owner: string;
    repo: string;
    issueNumber: number;
    /** Whether a comment body is the one this run keeps current (it opens with the run's marker). */
    isOurs: (body: string) => boolean;
    /** The body to write, given the current one (undefined when there is none yet). */
    bodyFor: (existingBody: string | undefined) => string;
    log: GitHubLog;
}
export type StickyCommentResult = {
    action: 'created' | 'updated' | 'unchanged';
    url: string;
} | {
    action: 'forbidden';
    reason: string;
};
/**
 * Keeps the pull request's one predator-guard comment current: found through every page of comments by `isOurs`
 * and its author (the token's identity, so another user's copy of the marker is never edited), skipping minimized
 * ones; created when there is none; left alone when the body would not change. A token that may not write (a
 * fork's) is reported in the result and one warning, never thrown: the summary, annotations and gate still carry
 * the findings. What the body says is the renderer's (render/comment/); this only talks to GitHub.
 */
export declare function upsertComment(octokit: GitHubClient, sticky: StickyComment): Promise<StickyCommentResult>;
