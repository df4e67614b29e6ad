import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { TOOL } from '../version.js';

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
   * to. Default: on, except for an API on a loopback address (writesNeedSpacing); the rate-limit handling stays on.
   */
  spaceWrites?: boolean;
}

type WriteLimiter = NonNullable<Extract<ThrottlingOptions, { onRateLimit: unknown }>['write']>;

/**
 * plugin-throttling only calls `write.key(id).schedule(options, task)` to wait its turn; this one never waits.
 * (Bottleneck itself is not a dependency of ours, so its Group class cannot be built here.)
 */
const NO_WRITE_SPACING = {
  key: () => ({ schedule: (_options: unknown, task: () => Promise<unknown>) => task() }),
} as unknown as WriteLimiter;

/** A secondary rate limit or an exhausted quota is retried this often before the request fails. */
const RATE_LIMIT_RETRIES = 2;

const ResilientOctokit = Octokit.plugin(retry, throttling);
/** The plugins add behaviour, not methods the code calls, so callers see a plain Octokit (a type that can be named in declarations). */
export type GitHubClient = Octokit;

/**
 * The Octokit every GitHub call of the action goes through: 5xx answers are retried with backoff (plugin-retry),
 * rate limits wait as long as GitHub says (plugin-throttling), and writes are spaced as GitHub asks of integrations.
 * Log lines name the route template (`POST /repos/{owner}/{repo}/issues/{issue_number}/comments`), which holds
 * no token, no body and no user content.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { log } = options;
  const retryAfterBaseValue = options.retryAfterBaseValue ?? 1000;
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const route = `${request.method} ${request.url}`;
    if (retryCount >= RATE_LIMIT_RETRIES) {
      log.warning(`GitHub ${kind} on ${route}: giving up after ${RATE_LIMIT_RETRIES} retries.`);
      return false;
    }
    log.info(`GitHub ${kind} on ${route}: retrying in ${retryAfter}s (retry ${retryCount + 1} of ${RATE_LIMIT_RETRIES}).`);
    return true;
  };
  const octokit = new ResilientOctokit({
    auth: options.token,
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    userAgent: `${TOOL.name}/${TOOL.version}`,
    retry: { retryAfterBaseValue },
    throttle: {
      retryAfterBaseValue,
      ...(!(options.spaceWrites ?? writesNeedSpacing(options.apiUrl)) ? { write: NO_WRITE_SPACING, notifications: NO_WRITE_SPACING } : {}),
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
    },
    // Octokit logs every request at info and every failed one at error; the callers handle (and report) failures
    // themselves, so only Octokit's own warnings (deprecations) are worth a line.
    log: { debug: ignore, info: ignore, warn: (message: string) => log.warning(message), error: ignore },
  });
  if (options.graphqlUrl !== undefined) octokit.graphql = octokit.graphql.defaults({ url: options.graphqlUrl });
  return octokit;
}

function ignore(): void {}

/**
 * The spacing is GitHub's request to integrations, to keep clear of its secondary rate limits; a GitHub API on this
 * machine's loopback address (a local test server, whose runs would otherwise spend most of their time waiting) has
 * no such limits to keep clear of. Every other address, GitHub's and GHES's, is spaced.
 */
export function writesNeedSpacing(apiUrl: string): boolean {
  let host: string;
  try {
    host = new URL(apiUrl).hostname;
  } catch {
    return true;
  }
  return !(host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host));
}

/** The HTTP status of a failed Octokit request, read structurally so callers need not import Octokit's error class. */
export function statusOfFailedRequest(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  return typeof error.status === 'number' ? error.status : undefined;
}

/**
 * A 403 that means "this token may not do that" (a fork's read-only token), as opposed to a rate limit that
 * plugin-throttling gave up on, which GitHub also answers with 403.
 */
export function isPermissionDenied(error: unknown): boolean {
  if (statusOfFailedRequest(error) !== 403) return false;
  return !(error instanceof Error && /rate limit/i.test(error.message));
}
