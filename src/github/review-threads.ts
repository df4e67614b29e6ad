import { messageOf, sameAuthor, tokenLogin } from './sticky-comment.js';
import { isPermissionDenied, type GitHubClient, type GitHubLog } from './octokit.js';

/** One of our inline comments' threads: which finding it is about (its marker) and whether it is resolved. */
export interface OurReviewThread<Marker> {
  /** GraphQL node id, for `resolveReviewThread`. */
  id: string;
  isResolved: boolean;
  /** What the thread's first comment's marker says (the renderer reads it). */
  marker: Marker;
}

export interface ReviewThreadsLookup<Marker> {
  owner: string;
  repo: string;
  pullNumber: number;
  /** The marker of a comment body, or undefined when the body is not one of ours. */
  markerOf: (body: string) => Marker | undefined;
  log: GitHubLog;
}

const THREADS_QUERY = `query predatorGuardReviewThreads($owner: String!, $repo: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $after) {
        nodes { id isResolved comments(first: 1) { nodes { body author { login } } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`;

interface ThreadsPage {
  repository: {
    pullRequest: {
      reviewThreads: {
        nodes: { id: string; isResolved: boolean; comments: { nodes: { body: string; author: { login: string } | null }[] } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } | null;
  } | null;
}

/**
 * The pull request's review threads that one of our inline comments opened: the first comment carries a marker
 * and was written by the token's own identity, so a reviewer who quotes a marker never has a thread resolved by
 * us. Undefined (and one line in the log) when GitHub's GraphQL API does not answer: the run then posts as if no
 * comment were there yet and resolves nothing, rather than failing the publish step.
 */
export async function ourReviewThreads<Marker>(octokit: GitHubClient, lookup: ReviewThreadsLookup<Marker>): Promise<OurReviewThread<Marker>[] | undefined> {
  const author = await tokenLogin(octokit, lookup.log);
  const found: OurReviewThread<Marker>[] = [];
  let after: string | null = null;
  try {
    for (;;) {
      const page: ThreadsPage = await octokit.graphql<ThreadsPage>(THREADS_QUERY, { owner: lookup.owner, repo: lookup.repo, number: lookup.pullNumber, after });
      const threads = page.repository?.pullRequest?.reviewThreads;
      if (threads === undefined) throw new Error(`GitHub has no pull request #${lookup.pullNumber} in ${lookup.owner}/${lookup.repo}`);
      for (const thread of threads.nodes) {
        const first = thread.comments.nodes[0];
        if (first === undefined || first.author === null || !sameAuthor(first.author.login, author)) continue;
        const marker = lookup.markerOf(first.body);
        if (marker !== undefined) found.push({ id: thread.id, isResolved: thread.isResolved, marker });
      }
      if (!threads.pageInfo.hasNextPage || threads.pageInfo.endCursor === null) return found;
      after = threads.pageInfo.endCursor;
    }
  } catch (error) {
    lookup.log.info(`Listing the review threads through GitHub's GraphQL API failed (${messageOf(error)}); earlier inline comments are neither skipped nor resolved this run.`);
    return undefined;
  }
}

const RESOLVE_MUTATION = `mutation predatorGuardResolveThread($threadId: ID!) {
  resolveReviewThread(input: {threadId: $threadId}) { thread { id isResolved } }
}`;

/**
 * Resolves each thread (its finding is gone). A token that may not (a fork's) stops it after the first refusal,
 * with one warning; other failures are one warning each, never a failed step: the threads only stay open.
 */
export async function resolveThreads(octokit: GitHubClient, threadIds: readonly string[], log: GitHubLog): Promise<number> {
  let resolved = 0;
  for (const threadId of threadIds) {
    try {
      await octokit.graphql(RESOLVE_MUTATION, { threadId });
      resolved += 1;
    } catch (error) {
      if (isForbidden(error)) {
        log.warning('predator-guard: could not resolve the review threads of fixed findings: the token may not (a fork’s read-only token?).');
        return resolved;
      }
      log.warning(`predator-guard: could not resolve a review thread of a fixed finding (${messageOf(error)}).`);
    }
  }
  return resolved;
}

/** GraphQL refuses with an error of type FORBIDDEN in a 200 answer; a 403 answer is REST's way, seen behind proxies. */
function isForbidden(error: unknown): boolean {
  const errors = (error as { errors?: { type?: string }[] } | null)?.errors;
  return (Array.isArray(errors) && errors.some((entry) => entry.type === 'FORBIDDEN')) || isPermissionDenied(error);
}
