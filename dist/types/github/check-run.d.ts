import type { Finding } from '../core/finding.js';
import { type GitHubClient, type GitHubLog } from './octokit.js';
/** The Checks API takes at most this many annotations per create or update call; later calls append. */
export declare const ANNOTATIONS_PER_REQUEST = 50;
/** The Checks API's annotation, as it is sent. */
export interface CheckRunAnnotation {
    path: string;
    start_line: number;
    end_line: number;
    /** Only on a one-line annotation: GitHub rejects columns on a range of lines. */
    start_column?: number;
    end_column?: number;
    annotation_level: 'failure' | 'warning' | 'notice';
    message: string;
    title: string;
}
/** A finding as a check run annotation; one with no place in a file (a rollout verdict) cannot be one. */
export declare function checkRunAnnotationOf(finding: Finding): CheckRunAnnotation | undefined;
export interface CheckRunPublication {
    owner: string;
    repo: string;
    name: string;
    headSha: string;
    conclusion: 'success' | 'failure' | 'neutral';
    title: string;
    /** Markdown; cut to the 65,535 characters GitHub accepts. */
    summary: string;
    annotations: readonly CheckRunAnnotation[];
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
