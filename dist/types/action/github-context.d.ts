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
}
export declare function readGitHubContext(env: NodeJS.ProcessEnv): GitHubContext;
