import { Octokit } from '@octokit/rest';
/** Where the GitHub channel reports: the action maps these onto `core.info` and `core.warning`. */
export interface GitHubLog {
    info(line: string): void;
    warning(line: string): void;
}
export interface GitHubClientOptions {
    /** Sent as `authorization: token …`; never logged. */
    token: string;
    /** GITHUB_API_URL: `https://api.github.com`, a GHES `https://host/api/v3`, or a test server. */
    apiUrl: string;
    /**
     * GITHUB_GRAPHQL_URL, when it is not where Octokit derives it from `apiUrl` (`<apiUrl>/graphql`, or
     * `/api/graphql` for a GHES `/api/v3`).
     */
    graphqlUrl?: string;
    log: GitHubLog;
    /**
     * Milliseconds per second of wait that GitHub asks for (retry-after) or that the retry backoff computes. GitHub's
     * answers are in seconds, so 1000 is right in production; tests pass 1 to keep every retry path fast.
     */
    retryAfterBaseValue?: number;
    /**
     * Wait a second between writes and GraphQL calls (three between notifying writes), as GitHub asks integrations
     * to (default true). Tests against a loopback server turn it off; the rate-limit handling stays on.
     */
    spaceWrites?: boolean;
}
/** The plugins add behaviour, not methods the code calls, so callers see a plain Octokit (a type that can be named in declarations). */
export type GitHubClient = Octokit;
/**
 * The Octokit every GitHub call of the action goes through: 5xx answers are retried with backoff (plugin-retry),
 * rate limits wait as long as GitHub says (plugin-throttling), and writes are spaced as GitHub asks of integrations.
 * Log lines name the route template (`POST /repos/{owner}/{repo}/issues/{issue_number}/comments`), which holds
 * no token, no body and no user content.
 */
export declare function createGitHubClient(options: GitHubClientOptions): GitHubClient;
/** The HTTP status of a failed Octokit request, read structurally so callers need not import Octokit's error class. */
export declare function statusOfFailedRequest(error: unknown): number | undefined;
/**
 * A 403 that means "this token may not do that" (a fork's read-only token), as opposed to a rate limit that
 * plugin-throttling gave up on, which GitHub also answers with 403.
 */
export declare function isPermissionDenied(error: unknown): boolean;
