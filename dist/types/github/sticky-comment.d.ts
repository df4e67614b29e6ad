import { type SeverityCounts } from './comment-sections.js';
import { type GitHubClient, type GitHubLog } from './octokit.js';
/**
 * The login GitHub gives the workflow's default token (GITHUB_TOKEN): GraphQL's `viewer` answers it for that token
 * too, so this is only assumed when `viewer` does not answer at all.
 */
export declare const DEFAULT_TOKEN_LOGIN = "github-actions[bot]";
export interface SectionWrite {
    owner: string;
    repo: string;
    issueNumber: number;
    /** The `comment-tag` input: the key of the one comment this run keeps current. */
    tag: string;
    analyzer: string;
    headSha: string;
    /** renderMarkdown's output for this analyzer. */
    sectionMarkdown: string;
    counts: SeverityCounts;
    /** This run's page, where the job summary holds the whole report, for a section cut to fit the comment. */
    summaryUrl?: string;
    log: GitHubLog;
}
export type SectionWriteResult = {
    action: 'created' | 'updated' | 'unchanged';
    url: string;
} | {
    action: 'forbidden';
    reason: string;
};
/**
 * Writes this analyzer's section into the pull request's one predator-guard comment: found through every page of
 * comments by its opening marker and its author (the token's identity, so another user's copy of the marker is never
 * edited), skipping minimized ones; created when there is none; left alone when the body would not change. A token
 * that may not write (a fork's) is reported in the result and one warning, never thrown: the summary, annotations
 * and gate still carry the findings.
 */
export declare function upsertSection(octokit: GitHubClient, write: SectionWrite): Promise<SectionWriteResult>;
