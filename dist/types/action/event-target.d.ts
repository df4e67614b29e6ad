import type { ChangeSet } from '../core/changes.js';
import type { FilterMode } from '../core/config/choices.js';
import type { GitHubClient } from '../github/octokit.js';
import type { GitHubContext } from './github-context.js';
/** What the triggering event asks to analyze. */
export type AnalysisTarget = {
    kind: 'pull-request';
    pullNumber: number;
    headSha: string;
    changes: ChangeSet;
    /** pull_request_target: the pull request's files, fetched as data into a scratch folder. */
    root?: string;
    warnings: string[];
} | {
    kind: 'push';
    headSha: string;
    changes: ChangeSet;
    filterMode?: FilterMode;
} | {
    kind: 'everything';
    headSha: string;
} | {
    kind: 'unsupported';
    eventName: string;
};
export declare function resolveTarget(context: GitHubContext, octokit: GitHubClient | undefined, checks: {
    rollout: boolean;
    queriesWithAnalyze: boolean;
}): Promise<AnalysisTarget>;
/**
 * The posting half of the fork-safe pair: a saved report goes to the pull request named by the `pull-request` input,
 * or by the workflow_run event when GitHub includes it (it does not for forks).
 */
export declare function savedReportTarget(context: GitHubContext, pullRequest: number | undefined): Extract<AnalysisTarget, {
    kind: 'pull-request';
}>;
