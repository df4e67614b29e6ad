/** What the runner tells a step about the run, read once from its environment. */
export interface GitHubContext {
    eventName: string;
    payload: Record<string, unknown>;
    owner: string;
    repo: string;
    sha: string;
    serverUrl: string;
    apiUrl: string;
    graphqlUrl: string;
    workspace: string;
    runnerTemp: string;
    /** The job summary file (GITHUB_STEP_SUMMARY); absent outside a job that has one. */
    stepSummaryFile?: string;
    /** The workflow run (GITHUB_RUN_ID), whose page holds the job summary a cut comment links to. */
    runId?: string;
}
export declare function readGitHubContext(env: NodeJS.ProcessEnv): GitHubContext;
