import { isPermissionDenied, type GitHubClient, type GitHubLog } from './octokit.js';

/**
 * The login GitHub gives the workflow's default token (GITHUB_TOKEN): GraphQL's `viewer` answers it for that token
 * too, so this is only assumed when `viewer` does not answer at all.
 */
export const DEFAULT_TOKEN_LOGIN = 'github-actions[bot]';

export interface StickyComment {
  owner: string;
  repo: string;
  issueNumber: number;
  /** Whether a comment body is the one this run keeps current (it opens with the run's marker). */
  isOurs: (body: string) => boolean;
  /** The body to write, given the current one (undefined when there is none yet). */
  bodyFor: (existingBody: string | undefined) => string;
  log: GitHubLog;
}

/** What finding our comments needs. */
export type CommentLookup = Pick<StickyComment, 'owner' | 'repo' | 'issueNumber' | 'isOurs' | 'log'>;

export type StickyCommentResult =
  | { action: 'created' | 'updated' | 'unchanged'; url: string }
  | { action: 'forbidden'; reason: string };

export interface ExistingComment {
  id: number;
  body: string;
  url: string;
}

/**
 * Keeps the pull request's one predator-guard comment current: found through every page of comments by `isOurs`
 * and its author (the token's identity, so another user's copy of the marker is never edited), skipping minimized
 * ones; created when there is none; left alone when the body would not change. A token that may not write (a
 * fork's) is reported in the result and one warning, never thrown: the summary, annotations and gate still carry
 * the findings. What the body says is the renderer's (render/comment/); this only talks to GitHub.
 */
export async function upsertComment(octokit: GitHubClient, sticky: StickyComment): Promise<StickyCommentResult> {
  const { owner, repo, issueNumber, log } = sticky;
  const author = await tokenLogin(octokit, log);
  const existing = await findComment(octokit, sticky, author);
  const current = existing?.body.replace(/\r\n/g, '\n');
  const body = sticky.bodyFor(current);
  if (existing !== undefined && current === body) return { action: 'unchanged', url: existing.url };
  try {
    if (existing === undefined) {
      const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
      return { action: 'created', url: data.html_url };
    }
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    return { action: 'updated', url: data.html_url };
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    log.warning(
      `predator-guard could not write its comment on #${issueNumber}: GitHub answered 403 (${reason}). ` +
        'A pull request from a fork gets a read-only token; the job summary, annotations and outputs still carry the ' +
        'findings. To comment on fork pull requests, post the report from a workflow_run job, or grant ' +
        '`pull-requests: write` where the token allows it.',
    );
    return { action: 'forbidden', reason };
  }
}

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

/** The first of ours (the earliest), or undefined. */
async function findComment(octokit: GitHubClient, sticky: CommentLookup, author: string): Promise<ExistingComment | undefined> {
  return (await findComments(octokit, sticky, author, { all: false }))[0];
}

/** GraphQL first, because only it says which comments are minimized; REST when GraphQL is not available. Oldest first. */
export async function findComments(octokit: GitHubClient, sticky: CommentLookup, author: string, { all }: { all: boolean }): Promise<ExistingComment[]> {
  let found: ExistingComment[];
  try {
    found = await findCommentsWithGraphql(octokit, sticky, author, all);
  } catch (error) {
    sticky.log.info(`Listing comments through GitHub's GraphQL API failed (${messageOf(error)}); listing them through REST.`);
    found = await findCommentsWithRest(octokit, sticky, author, all);
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

async function findCommentsWithGraphql(octokit: GitHubClient, sticky: CommentLookup, author: string, all: boolean): Promise<ExistingComment[]> {
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
    if ((found.length > 0 && !all) || !comments.pageInfo.hasNextPage || comments.pageInfo.endCursor === null) return found;
    after = comments.pageInfo.endCursor;
  }
}

async function findCommentsWithRest(octokit: GitHubClient, sticky: CommentLookup, author: string, all: boolean): Promise<ExistingComment[]> {
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
    if (found.length > 0 && !all) return found;
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
