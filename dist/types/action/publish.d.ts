import type { Report } from '../core/report.js';
import type { GitHubClient, GitHubLog } from '../github/octokit.js';
import type { AnalysisTarget } from './event-target.js';
import type { GitHubContext } from './github-context.js';
import type { ActionSettings } from './inputs.js';
type Target = Exclude<AnalysisTarget, {
    kind: 'unsupported';
}>;
/** Everything a channel needs to publish one run's report. */
export interface Publication {
    report: Report;
    settings: ActionSettings;
    context: GitHubContext;
    target: Target;
    octokit: GitHubClient | undefined;
    log: GitHubLog;
}
/**
 * Every channel gets the same report. A channel GitHub refuses (a fork's read-only token) is a warning, never a
 * failure: the summary, the annotations, the outputs and the gate still carry the findings.
 */
export declare function publish(publication: Publication): Promise<void>;
export {};
