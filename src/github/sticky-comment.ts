import type { GitHubClient, GitHubLog } from './octokit.js';

/**
 * The login GitHub gives the workflow's default token (GITHUB_TOKEN): GraphQL's `viewer` answers it for that token
 * too, so this is only assumed when `viewer` does not answer at all.
 */
export const DEFAULT_TOKEN_LOGIN = 'github-actions[bot]';

/** What finding our comments needs: where, whose (`isOurs`: the body opens with the run's marker), and a log. */
export interface CommentLookup {
  owner: string;
  repo: string;
  issueNumber: number;
  isOurs: (body: string) => boolean;
  log: GitHubLog;
}

export type StickyCommentResult =
  | { action: 'created' | 'updated' | 'unchanged'; url: string }
  | { action: 'forbidden'; reason: string };

export interface ExistingComment {
  id: number;
  body: string;
  url: string;
}

/** The comment author the token writes as, so another user's copy of the marker is never taken for ours. */
export async function tokenLogin(octokit: GitHubClient, log: GitHubLog): Promise<string> {
  try {
    const { viewer } = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    return viewer.login;
  } catch (error) {
    log.info(`GitHub's GraphQL viewer did not answer (${messageOf(error)}); taking the comment author to be ${DEFAULT_TOKEN_LOGIN}.`);
    return DEFAULT_TOKEN_LOGIN;
  }
}

/** GraphQL names bots without the `[bot]` that REST and `viewer` add, and logins ignore case. */
export function sameAuthor(a: string, b: string): boolean {
  const plain = (login: string) => login.replace(/\[bot\]$/, '').toLowerCase();
  return plain(a) === plain(b);
}

/**
 * Every comment of ours on the pull request, through every page, skipping minimized ones, oldest first. GraphQL
 * first, because only it says which comments are minimized; REST when GraphQL is not available.
 */
export async function findComments(octokit: GitHubClient, sticky: CommentLookup, author: string): Promise<ExistingComment[]> {
  let found: ExistingComment[];
  try {
    found = await findCommentsWithGraphql(octokit, sticky, author);
  } catch (error) {
    sticky.log.info(`Listing comments through GitHub's GraphQL API failed (${messageOf(error)}); listing them through REST.`);
    found = await findCommentsWithRest(octokit, sticky, author);
  }
  return found.sort((a, b) => a.id - b.id);
}

const COMMENTS_QUERY = `query predatorGuardComments($owner: String!, $repo: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      comments(first: 100, after: $after) {
        nodes { databaseId url body isMinimized author { login } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`;

interface CommentsPage {
  repository: {
    pullRequest: {
      comments: {
        nodes: { databaseId: number; url: string; body: string; isMinimized: boolean; author: { login: string } | null }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } | null;
  } | null;
}

async function findCommentsWithGraphql(octokit: GitHubClient, sticky: CommentLookup, author: string): Promise<ExistingComment[]> {
  let after: string | null = null;
  const found: ExistingComment[] = [];
  for (;;) {
    const page: CommentsPage = await octokit.graphql<CommentsPage>(COMMENTS_QUERY, { owner: sticky.owner, repo: sticky.repo, number: sticky.issueNumber, after });
    const comments = page.repository?.pullRequest?.comments;
    if (comments === undefined) {
      throw new Error(`GitHub has no pull request #${sticky.issueNumber} in ${sticky.owner}/${sticky.repo}`);
    }
    const ours = comments.nodes.filter(
      (node) => !node.isMinimized && node.author !== null && sameAuthor(node.author.login, author) && sticky.isOurs(node.body),
    );
    found.push(...ours.map((node) => ({ id: node.databaseId, body: node.body, url: node.url })));
    if (!comments.pageInfo.hasNextPage || comments.pageInfo.endCursor === null) return found;
    after = comments.pageInfo.endCursor;
  }
}

async function findCommentsWithRest(octokit: GitHubClient, sticky: CommentLookup, author: string): Promise<ExistingComment[]> {
  const found: ExistingComment[] = [];
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: sticky.owner,
    repo: sticky.repo,
    issue_number: sticky.issueNumber,
    per_page: 100,
  });
  for await (const { data } of pages) {
    for (const comment of data) {
      if (minimizedInRest(comment) || comment.user === null || !sameAuthor(comment.user.login, author)) continue;
      if (comment.body === undefined || !sticky.isOurs(comment.body)) continue;
      found.push({ id: comment.id, body: comment.body, url: comment.html_url });
    }
  }
  return found;
}

/** Newer GitHub versions say in REST too when a comment is minimized (`minimized: { reason }`); older ones omit it. */
function minimizedInRest(comment: object): boolean {
  return 'minimized' in comment && comment.minimized !== null && comment.minimized !== undefined;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
