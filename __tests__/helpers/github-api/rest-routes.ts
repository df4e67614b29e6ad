import {
  timestamp,
  type Account,
  type PullRequestEnds,
  type GitHubState,
  type StoredAnnotation,
  type StoredRepository,
} from './github-state.js';
import type { MatchedOperation } from './openapi.js';
import { linkHeader, pageOf, pageRequest } from './pagination.js';
import { errorBody, type RestRepresentations } from './rest-representations.js';

/**
 * The REST operations the test GitHub serves, each reading and changing the stored state as GitHub would, with
 * GitHub's own checks beyond the schema (a blank or over-long comment, columns on a multi-line annotation).
 * Requests reach a route already validated against the OpenAPI description.
 */

export const RESOURCE_NOT_ACCESSIBLE = 'Resource not accessible by integration';

/** GitHub's longest issue comment body. */
const COMMENT_BODY_LIMIT = 65_536;
/** GitHub lists at most this many files of a pull request. */
const PULL_REQUEST_FILE_LIMIT = 3000;

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A request GitHub answers but that the action should never make. */
  violation?: string;
}

export interface RouteRequest {
  matched: MatchedOperation;
  query: URLSearchParams;
  body: unknown;
  /** The repository-id form of this path, as GitHub writes it in Link headers. */
  linkBase: string;
}

export type Route = (request: RouteRequest) => Answer;

/** Whose token the client holds: the workflow's GITHUB_TOKEN (an app installation) or a user's personal token. */
export type TokenIdentity = { kind: 'installation' } | { kind: 'user'; login: string };

export class RestRoutes {
  private readonly routes: Record<string, Route> = {
    'pulls/list-files': (request) => this.listPullRequestFiles(request),
    'pulls/get': (request) => this.pullRequest(request),
    'pulls/create-review': (request) => this.createReview(request),
    'pulls/list-commits': (request) => this.listPullRequestCommits(request),
    'issues/list-comments': (request) => this.listComments(request),
    'issues/create-comment': (request) => this.createComment(request),
    'issues/update-comment': (request) => this.updateComment(request),
    'issues/delete-comment': (request) => this.deleteComment(request),
    'checks/create': (request) => this.createCheckRun(request),
    'checks/update': (request) => this.updateCheckRun(request),
    'repos/get-content': (request) => this.getContent(request),
    'repos/compare-commits-with-basehead': (request) => this.compare(request),
    'repos/get-commit': (request) => this.commit(request),
    'users/get-authenticated': () => this.authenticatedUser(),
  };

  constructor(
    private readonly state: GitHubState,
    private readonly rest: RestRepresentations,
    private readonly identity: TokenIdentity,
    private readonly viewer: Account,
    private readonly apiUrl: string,
  ) {}

  /** The route for a GitHub operation id, or undefined when this server does not serve it. */
  route(operationId: string): Route | undefined {
    return this.routes[operationId];
  }

  private repositoryOf(request: RouteRequest): StoredRepository | undefined {
    return this.state.existingRepository(request.matched.params.owner, request.matched.params.repo);
  }

  private listPullRequestFiles(request: RouteRequest): Answer {
    const { owner, repo, pull_number } = request.matched.params;
    const files = this.repositoryOf(request)?.pullRequestFiles.get(Number(pull_number));
    if (files === undefined) return notFound(request);
    // The file URLs name the head commit; the state keeps none, so a stable stand-in per pull request does.
    const headSha = `${Number(pull_number).toString(16).padStart(8, '0')}${'0'.repeat(32)}`;
    const listed = files.slice(0, PULL_REQUEST_FILE_LIMIT).map((file) => this.rest.diffEntry(owner, repo, headSha, file));
    return paginated(listed, request);
  }

  private pullRequest(request: RouteRequest): Answer {
    const { owner, repo, pull_number } = request.matched.params;
    const repository = this.repositoryOf(request);
    const number = Number(pull_number);
    if (repository === undefined || !repository.pullRequestFiles.has(number)) return notFound(request);
    const ends = repository.pullRequestEnds.get(number) ?? defaultEnds(owner, repo, number);
    return { status: 200, body: this.rest.pullRequest(owner, repo, number, ends) };
  }

  /** Oldest first, as GitHub lists them (at most 250); a pull request with none set has its head only. */
  private listPullRequestCommits(request: RouteRequest): Answer {
    const { owner, repo, pull_number } = request.matched.params;
    const repository = this.repositoryOf(request);
    const number = Number(pull_number);
    if (repository === undefined || !repository.pullRequestFiles.has(number)) return notFound(request);
    const shas = repository.pullRequestCommits.get(number) ?? [(repository.pullRequestEnds.get(number) ?? defaultEnds(owner, repo, number)).headSha];
    return paginated(shas.slice(-250).map((sha) => this.rest.pullRequestCommit(owner, repo, sha)), request);
  }

  private listComments(request: RouteRequest): Answer {
    const { owner, repo, issue_number } = request.matched.params;
    if (!this.state.pullRequestExists(owner, repo, Number(issue_number))) return notFound(request);
    return paginated(this.state.comments(owner, repo, Number(issue_number)).map((comment) => this.rest.comment(comment)), request);
  }

  private createComment(request: RouteRequest): Answer {
    const { owner, repo, issue_number } = request.matched.params;
    if (!this.state.pullRequestExists(owner, repo, Number(issue_number))) return notFound(request);
    const body = (request.body as { body: string }).body;
    const invalid = invalidCommentBody(body, request);
    if (invalid !== undefined) return invalid;
    const comment = this.state.addComment({ owner, repo, issueNumber: Number(issue_number) }, body, this.viewer);
    return { status: 201, body: this.rest.comment(comment), headers: { location: `${this.apiUrl}/repos/${owner}/${repo}/issues/comments/${comment.id}` } };
  }

  /**
   * A review with its inline comments, all or nothing, as GitHub takes it: a comment must sit on a line of the
   * diff (a line a hunk of the file's patch shows on the new side), else GitHub refuses the whole review with 422.
   */
  private createReview(request: RouteRequest): Answer {
    const { owner, repo, pull_number } = request.matched.params;
    const repository = this.repositoryOf(request);
    const number = Number(pull_number);
    const files = repository?.pullRequestFiles.get(number);
    if (repository === undefined || files === undefined) return notFound(request);
    const body = request.body as { commit_id?: string; body?: string; event?: string; comments?: { path: string; line?: number; start_line?: number; body: string }[] };
    const comments = body.comments ?? [];
    for (const comment of comments) {
      const patch = files.find((file) => file.filename === comment.path)?.patch;
      const lines = patch === undefined ? new Set<number>() : newSideLines(patch);
      const wanted = [comment.line, comment.start_line].filter((line): line is number => line !== undefined);
      if (wanted.length === 0 || wanted.some((line) => !lines.has(line))) {
        return {
          status: 422,
          body: errorBody(422, 'Unprocessable Entity', request.matched.documentationUrl, ['Pull request review thread line must be part of the diff']),
          violation: `put a review comment on ${comment.path}:${comment.line}, which is not a line of the diff`,
        };
      }
      const invalid = invalidCommentBody(comment.body, request);
      if (invalid !== undefined) return invalid;
    }
    const review = this.state.addReview({
      owner,
      repo,
      pullNumber: number,
      commitId: body.commit_id ?? '',
      event: body.event ?? 'PENDING',
      body: body.body ?? '',
      author: this.viewer,
      comments: comments.map((comment) => ({ path: comment.path, line: comment.line as number, ...(comment.start_line === undefined ? {} : { startLine: comment.start_line }), body: comment.body })),
    });
    return { status: 200, body: this.rest.review(review) };
  }

  private updateComment(request: RouteRequest): Answer {
    const { owner, repo, comment_id } = request.matched.params;
    const comment = this.state.comment(owner, repo, Number(comment_id));
    if (comment === undefined) return notFound(request);
    const body = (request.body as { body: string }).body;
    const invalid = invalidCommentBody(body, request);
    if (invalid !== undefined) return invalid;
    const foreign = comment.author.login === this.viewer.login ? undefined : `edited comment ${comment.id}, which ${comment.author.login} wrote, not ${this.viewer.login}`;
    this.state.updateComment(comment, body);
    return { status: 200, body: this.rest.comment(comment), violation: foreign };
  }

  private deleteComment(request: RouteRequest): Answer {
    const { owner, repo, comment_id } = request.matched.params;
    const comment = this.state.comment(owner, repo, Number(comment_id));
    if (comment === undefined) return notFound(request);
    const foreign = comment.author.login === this.viewer.login ? undefined : `deleted comment ${comment.id}, which ${comment.author.login} wrote`;
    this.state.deleteComment(comment);
    return { status: 204, violation: foreign };
  }

  private createCheckRun(request: RouteRequest): Answer {
    const { owner, repo } = request.matched.params;
    if (this.repositoryOf(request) === undefined) return notFound(request);
    const body = request.body as CheckRunBody & { name: string; head_sha: string };
    const invalid = invalidAnnotations(body.output?.annotations ?? [], request);
    if (invalid !== undefined) return invalid;
    const completed = body.conclusion !== undefined || body.status === 'completed';
    const run = this.state.createCheckRun(
      {
        owner,
        repo,
        name: body.name,
        headSha: body.head_sha,
        status: completed ? 'completed' : (body.status ?? 'queued'),
        conclusion: body.conclusion ?? null,
        completedAt: completed ? (body.completed_at ?? timestamp()) : null,
        output: { title: body.output?.title ?? null, summary: body.output?.summary ?? null, text: body.output?.text ?? null },
      },
      body.output?.annotations ?? [],
    );
    return { status: 201, body: this.rest.checkRun(run) };
  }

  /** Annotations sent in an update are appended to the run's, as GitHub does. */
  private updateCheckRun(request: RouteRequest): Answer {
    const { owner, repo, check_run_id } = request.matched.params;
    const run = this.state.checkRun(owner, repo, Number(check_run_id));
    if (run === undefined) return notFound(request);
    const body = request.body as CheckRunBody;
    const invalid = invalidAnnotations(body.output?.annotations ?? [], request);
    if (invalid !== undefined) return invalid;
    if (body.output !== undefined) {
      run.output = { title: body.output.title ?? run.output.title, summary: body.output.summary ?? run.output.summary, text: body.output.text ?? run.output.text };
      run.annotations.push(...(body.output.annotations ?? []));
    }
    if (body.conclusion !== undefined || body.status === 'completed') {
      run.status = 'completed';
      run.conclusion = body.conclusion ?? run.conclusion;
      run.completedAt = body.completed_at ?? timestamp();
    } else if (body.status !== undefined) {
      run.status = body.status;
    }
    return { status: 200, body: this.rest.checkRun(run) };
  }

  private getContent(request: RouteRequest): Answer {
    const { owner, repo, path } = request.matched.params;
    const ref = request.query.get('ref') ?? 'HEAD';
    const content = this.repositoryOf(request)?.contents.get(`${ref}:${path}`);
    if (content === undefined) return notFound(request);
    return { status: 200, body: this.rest.contentFile(owner, repo, ref, path, content) };
  }

  private compare(request: RouteRequest): Answer {
    const { owner, repo, basehead } = request.matched.params;
    const files = this.repositoryOf(request)?.comparisons.get(basehead);
    if (files === undefined) return notFound(request);
    return { status: 200, body: this.rest.comparison(owner, repo, basehead, files) };
  }

  private commit(request: RouteRequest): Answer {
    const { owner, repo, ref } = request.matched.params;
    const files = this.repositoryOf(request)?.commits.get(ref);
    if (files === undefined) return notFound(request);
    return { status: 200, body: this.rest.commit(owner, repo, ref, files) };
  }

  /** An installation token (GITHUB_TOKEN, an app's) may not read `/user`: GitHub answers 403. */
  private authenticatedUser(): Answer {
    if (this.identity.kind === 'installation') {
      return { status: 403, body: errorBody(403, RESOURCE_NOT_ACCESSIBLE, 'https://docs.github.com/rest/users/users#get-the-authenticated-user') };
    }
    return { status: 200, body: this.rest.authenticatedUser(this.viewer) };
  }
}

interface CheckRunBody {
  status?: string;
  conclusion?: string;
  completed_at?: string;
  output?: { title?: string; summary?: string; text?: string; annotations?: StoredAnnotation[] };
}

/** The head a pull request has when a test sets none: the stand-in SHA its file URLs name, in the same repository. */
export function defaultEnds(owner: string, repo: string, number: number): PullRequestEnds {
  return { headSha: `${number.toString(16).padStart(8, '0')}${'0'.repeat(32)}`, headRepository: `${owner}/${repo}`, baseRef: 'main', baseSha: 'b'.repeat(40) };
}

function notFound(request: RouteRequest): Answer {
  return { status: 404, body: errorBody(404, 'Not Found', request.matched.documentationUrl) };
}

function paginated(items: readonly unknown[], request: RouteRequest): Answer {
  const page = pageRequest(request.query);
  const link = linkHeader(request.linkBase, request.query, items.length, page);
  return { status: 200, body: pageOf(items, page), headers: link === undefined ? {} : { link } };
}

/** GitHub's own checks beyond the schema: a comment body is neither blank nor over 65,536 characters. */
/** The new-side lines a patch's hunks show (added and context lines), where GitHub lets a review comment sit. */
function newSideLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let line = 0;
  for (const text of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (hunk !== null) {
      line = Number(hunk[1]);
      continue;
    }
    if (text.startsWith('-') || text.startsWith('\\')) continue;
    if (line > 0) lines.add(line++);
  }
  return lines;
}

function invalidCommentBody(body: string, request: RouteRequest): Answer | undefined {
  const length = [...body].length;
  if (body.trim() !== '' && length <= COMMENT_BODY_LIMIT) return undefined;
  const error =
    body.trim() === ''
      ? { resource: 'IssueComment', code: 'missing_field', field: 'body' }
      : { resource: 'IssueComment', code: 'custom', field: 'body', message: `body is too long (maximum is ${COMMENT_BODY_LIMIT} characters)` };
  return {
    status: 422,
    body: errorBody(422, 'Validation Failed', request.matched.documentationUrl, [error]),
    violation: body.trim() === '' ? 'sent a blank comment body' : `sent a comment body of ${length} characters, over GitHub's ${COMMENT_BODY_LIMIT}`,
  };
}

/** GitHub's own check beyond the schema: columns only on an annotation that starts and ends on one line. */
function invalidAnnotations(annotations: readonly StoredAnnotation[], request: RouteRequest): Answer | undefined {
  const spanning = annotations.findIndex(
    (annotation) => annotation.start_line !== annotation.end_line && (annotation.start_column !== undefined || annotation.end_column !== undefined),
  );
  if (spanning < 0) return undefined;
  return {
    status: 422,
    body: errorBody(422, 'Invalid request.\n\nstart_column and end_column are only allowed when start_line equals end_line.', request.matched.documentationUrl),
    violation: `annotation ${spanning + 1} has columns but spans lines ${annotations[spanning].start_line}-${annotations[spanning].end_line}`,
  };
}
