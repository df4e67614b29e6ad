import { raiseFieldError, type GraphqlArguments, type GraphqlObject, type GraphqlRoots, type GraphqlValue } from './graphql.js';
import type { Account, GitHubState, StoredComment, StoredReviewThread } from './github-state.js';

/**
 * The slice of GitHub's GraphQL schema the action uses: `viewer { login }`, a pull request's comments with their
 * authors and minimized flags, its review threads with their comments, paginated as GitHub's connections are
 * (`first` up to 100, opaque cursors), and the `resolveReviewThread` mutation.
 */

const MAX_PAGE = 100;
const WEB = 'https://github.com';

export interface GraphqlAccess {
  /** False for a read-only token (a fork's): GitHub refuses its mutations with FORBIDDEN. */
  mayWrite: boolean;
}

export function graphqlRoots(state: GitHubState, viewer: Account, access: GraphqlAccess): GraphqlRoots {
  return { query: queryRoot(state, viewer), mutation: mutationRoot(state, viewer, access) };
}

function mutationRoot(state: GitHubState, viewer: Account, access: GraphqlAccess): GraphqlObject {
  return {
    typename: 'Mutation',
    fields: {
      resolveReviewThread: (args) => {
        const input = args.input as { threadId?: unknown; clientMutationId?: unknown } | null;
        if (input === null || typeof input.threadId !== 'string') raiseFieldError("Argument 'threadId' on InputObject 'ResolveReviewThreadInput' is required. Expected type ID!", 'argumentLiteralsIncompatible');
        const thread = threadOfNodeId(state, input.threadId);
        if (thread === undefined) raiseFieldError(`Could not resolve to a node with the global id of '${input.threadId}'`, 'NOT_FOUND');
        if (!access.mayWrite) raiseFieldError('Resource not accessible by integration', 'FORBIDDEN');
        state.resolveReviewThread(thread, viewer);
        return {
          typename: 'ResolveReviewThreadPayload',
          fields: {
            clientMutationId: () => (typeof input.clientMutationId === 'string' ? input.clientMutationId : null),
            thread: () => threadObject(thread),
          },
        };
      },
    },
  };
}

function queryRoot(state: GitHubState, viewer: Account): GraphqlObject {
  return {
    typename: 'Query',
    fields: {
      viewer: () => ({ typename: 'User', fields: { login: () => viewer.login } }),
      repository: (args) => {
        const repository = state.existingRepository(String(args.owner), String(args.name));
        if (repository === undefined) raiseFieldError(`Could not resolve to a Repository with the name '${String(args.owner)}/${String(args.name)}'.`, 'NOT_FOUND');
        return repositoryObject(state, repository.owner, repository.repo);
      },
    },
  };
}

function repositoryObject(state: GitHubState, owner: string, repo: string): GraphqlObject {
  return {
    typename: 'Repository',
    fields: {
      nameWithOwner: () => `${owner}/${repo}`,
      pullRequest: (args) => {
        const number = Number(args.number);
        if (!state.pullRequestExists(owner, repo, number)) raiseFieldError(`Could not resolve to a PullRequest with the number of ${number}.`, 'NOT_FOUND');
        return {
          typename: 'PullRequest',
          fields: {
            number: () => number,
            comments: (connection) => connectionOf('comments', 'IssueCommentConnection', state.comments(owner, repo, number), connection, commentObject),
            reviewThreads: (connection) => connectionOf('reviewThreads', 'PullRequestReviewThreadConnection', state.reviewThreads(owner, repo, number), connection, threadObject),
          },
        };
      },
    },
  };
}

function connectionOf<Item>(name: string, typename: string, items: readonly Item[], args: GraphqlArguments, node: (item: Item) => GraphqlValue): GraphqlObject {
  const first = args.first;
  if (typeof first !== 'number') raiseFieldError(`You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`, 'MISSING_PAGINATION_BOUNDARIES');
  if (first > MAX_PAGE) raiseFieldError(`Requesting ${first} records on the \`${name}\` connection exceeds the \`first\` limit of ${MAX_PAGE} records.`, 'EXCESSIVE_PAGINATION');
  const start = args.after === null || args.after === undefined ? 0 : positionOf(String(args.after)) + 1;
  const page = items.slice(start, start + first);
  const endCursor = page.length === 0 ? null : cursorAt(start + page.length - 1);
  return {
    typename,
    fields: {
      totalCount: () => items.length,
      nodes: () => page.map(node),
      pageInfo: () => ({
        typename: 'PageInfo',
        fields: {
          hasNextPage: () => start + page.length < items.length,
          hasPreviousPage: () => start > 0,
          endCursor: () => endCursor,
          startCursor: () => (page.length === 0 ? null : cursorAt(start)),
        },
      }),
    },
  };
}

function commentObject(comment: StoredComment): GraphqlValue {
  return {
    typename: 'IssueComment',
    fields: {
      id: () => `IC_${Buffer.from(`0:${comment.id}`).toString('base64url')}`,
      databaseId: () => comment.id,
      url: () => `${WEB}/${comment.owner}/${comment.repo}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
      body: () => comment.body,
      isMinimized: () => comment.minimizedReason !== null,
      minimizedReason: () => comment.minimizedReason,
      createdAt: () => comment.createdAt,
      updatedAt: () => comment.updatedAt,
      author: () => accountObject(comment.author),
    },
  };
}

function threadObject(thread: StoredReviewThread): GraphqlValue {
  return {
    typename: 'PullRequestReviewThread',
    fields: {
      id: () => nodeIdOf(thread.id),
      isResolved: () => thread.isResolved,
      isOutdated: () => false,
      path: () => thread.path,
      line: () => thread.line,
      resolvedBy: () => (thread.resolvedBy === null ? null : accountObject(thread.resolvedBy)),
      comments: (connection) =>
        connectionOf('comments', 'PullRequestReviewCommentConnection', thread.comments, connection, (comment) => ({
          typename: 'PullRequestReviewComment',
          fields: {
            databaseId: () => comment.id,
            body: () => comment.body,
            author: () => accountObject(comment.author),
            url: () => `${WEB}/${thread.owner}/${thread.repo}/pull/${thread.pullNumber}#discussion_r${comment.id}`,
          },
        })),
    },
  };
}

/** GraphQL's Bot actor has no `[bot]` in its login; REST's user object has. */
function accountObject(account: Account): GraphqlObject {
  return { typename: account.type, fields: { login: () => account.login.replace(/\[bot\]$/, '') } };
}

function nodeIdOf(threadId: number): string {
  return `PRRT_${Buffer.from(`0:${threadId}`).toString('base64url')}`;
}

function threadOfNodeId(state: GitHubState, nodeId: string): StoredReviewThread | undefined {
  const match = /^PRRT_([A-Za-z0-9_-]+)$/.exec(nodeId);
  const decoded = match === null ? null : /^0:(\d+)$/.exec(Buffer.from(match[1], 'base64url').toString());
  return decoded === null ? undefined : state.reviewThread(Number(decoded[1]));
}

function cursorAt(position: number): string {
  return Buffer.from(`cursor:v2:${position}`).toString('base64');
}

function positionOf(cursor: string): number {
  const match = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString());
  if (match === null) raiseFieldError(`\`${cursor}\` does not appear to be a valid cursor.`, 'INVALID_CURSOR_ARGUMENTS');
  return Number(match[1]);
}
