import { raiseFieldError, type GraphqlArguments, type GraphqlObject, type GraphqlValue } from './graphql.js';
import type { Account, GitHubState, StoredComment } from './github-state.js';

/**
 * The slice of GitHub's GraphQL schema the action reads: `viewer { login }` and a pull request's comments with
 * their authors and minimized flags, paginated as GitHub's connections are (`first` up to 100, opaque cursors).
 */

const MAX_PAGE = 100;
const WEB = 'https://github.com';

export function graphqlRoot(state: GitHubState, viewer: Account): GraphqlObject {
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
            comments: (connection) => commentConnection(state.comments(owner, repo, number), connection),
          },
        };
      },
    },
  };
}

function commentConnection(comments: readonly StoredComment[], args: GraphqlArguments): GraphqlObject {
  const first = args.first;
  if (typeof first !== 'number') raiseFieldError('You must provide a `first` or `last` value to properly paginate the `comments` connection.', 'MISSING_PAGINATION_BOUNDARIES');
  if (first > MAX_PAGE) raiseFieldError(`Requesting ${first} records on the \`comments\` connection exceeds the \`first\` limit of ${MAX_PAGE} records.`, 'EXCESSIVE_PAGINATION');
  const start = args.after === null || args.after === undefined ? 0 : positionOf(String(args.after)) + 1;
  const page = comments.slice(start, start + first);
  const endCursor = page.length === 0 ? null : cursorAt(start + page.length - 1);
  return {
    typename: 'IssueCommentConnection',
    fields: {
      totalCount: () => comments.length,
      nodes: () => page.map(commentObject),
      pageInfo: () => ({
        typename: 'PageInfo',
        fields: {
          hasNextPage: () => start + page.length < comments.length,
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
      // GraphQL's Bot actor has no `[bot]` in its login; REST's user object has.
      author: () => ({ typename: comment.author.type, fields: { login: () => comment.author.login.replace(/\[bot\]$/, '') } }),
    },
  };
}

function cursorAt(position: number): string {
  return Buffer.from(`cursor:v2:${position}`).toString('base64');
}

function positionOf(cursor: string): number {
  const match = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString());
  if (match === null) raiseFieldError(`\`${cursor}\` does not appear to be a valid cursor.`, 'INVALID_CURSOR_ARGUMENTS');
  return Number(match[1]);
}
