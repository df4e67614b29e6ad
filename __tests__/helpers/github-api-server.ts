import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerGraphql } from './github-api/graphql.js';
import { graphqlRoots } from './github-api/graphql-schema.js';
import { ACTIONS_BOT, GitHubState, type Account, type PullRequestEnds, type PullRequestFileSeed, type StoredCheckRun, type StoredComment, type StoredReview, type StoredReviewThread } from './github-api/github-state.js';
import { GitHubOpenApi, type MatchedOperation } from './github-api/openapi.js';
import { RestRepresentations, errorBody } from './github-api/rest-representations.js';
import { RESOURCE_NOT_ACCESSIBLE, RestRoutes, defaultEnds, type Answer, type TokenIdentity } from './github-api/rest-routes.js';

export type { PullRequestEnds, PullRequestFileSeed, StoredAnnotation, StoredCheckRun, StoredComment, StoredReviewThread } from './github-api/github-state.js';
export { RESOURCE_NOT_ACCESSIBLE, type TokenIdentity } from './github-api/rest-routes.js';

/**
 * A GitHub for tests on 127.0.0.1: it keeps state (pull request files, comments with authors and minimized flags,
 * check runs, contents, comparisons) and answers the REST and GraphQL calls the action makes as GitHub does,
 * pagination Link headers included. Every request is checked against GitHub's OpenAPI description; an unknown route,
 * an invalid request, a missing token or an edit of someone else's comment is answered as GitHub would answer it AND
 * recorded in `violations`, which a test asserts is empty.
 */

export interface GitHubApiServerOptions {
  token?: string;
  identity?: TokenIdentity;
  /**
   * Milliseconds to hold each request before and after it changes the state (called twice per request), so
   * concurrent clients interleave as they do against the real GitHub. A seeded random source keeps runs repeatable.
   */
  latency?: () => number;
}

export interface RecordedRequest {
  method: string;
  /** Path and query as sent. */
  path: string;
  /** GitHub's operation id (`issues/create-comment`), `graphql`, or `unknown`. */
  operation: string;
  authorization: 'token' | 'bearer' | 'none';
  status: number;
}

/** An answer the server gives instead of the normal one, to reproduce a GitHub failure. */
export interface Fault {
  /** A GitHub operation id (`checks/update`), or `graphql`. */
  operation: string;
  status: number;
  message?: string;
  headers?: Record<string, string>;
  /** How many matching requests get the fault (default 1; Infinity for all). */
  times?: number;
  /** Only requests whose JSON body this accepts. */
  when?: (body: unknown) => boolean;
}

export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:1111:2222:3333:4444.';

let openapi: GitHubOpenApi | undefined;

export async function startGitHubApiServer(options: GitHubApiServerOptions = {}): Promise<GitHubApiServer> {
  openapi ??= GitHubOpenApi.load();
  const server = new GitHubApiServer(openapi, options);
  await server.listen();
  return server;
}

export class GitHubApiServer {
  readonly token: string;
  readonly violations: string[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly state = new GitHubState();
  private readonly viewer: Account;
  private readonly identity: TokenIdentity;
  private readonly latency: (() => number) | undefined;
  private readonly faults: (Fault & { remaining: number })[] = [];
  private readonly receivedBodies: string[] = [];
  private readonly http: Server;
  private routes: RestRoutes | undefined;
  private reviewWritesForbidden = false;
  private baseUrl = '';

  constructor(
    private readonly openapi: GitHubOpenApi,
    options: GitHubApiServerOptions,
  ) {
    this.token = options.token ?? `ghs_${randomBytes(18).toString('base64url')}`;
    this.identity = options.identity ?? { kind: 'installation' };
    this.latency = options.latency;
    this.viewer = this.identity.kind === 'installation' ? ACTIONS_BOT : this.state.account(this.identity.login);
    this.http = createServer((request, response) => void this.serveOrReport(request, response));
  }

  /** The API root, as GITHUB_API_URL; GraphQL answers at `${url}/graphql` (GITHUB_GRAPHQL_URL). */
  get url(): string {
    return this.baseUrl;
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.http.address() as AddressInfo).port}`;
    this.routes = new RestRoutes(this.state, new RestRepresentations(this.openapi, this.baseUrl), this.identity, this.viewer, this.baseUrl);
  }

  async close(): Promise<void> {
    this.http.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.http.close((error) => (error ? reject(error) : resolve())));
  }

  // ---- state a test sets up and reads back ----------------------------------------------------------------------

  addPullRequest(owner: string, repo: string, number: number, files: readonly PullRequestFileSeed[] = []): void {
    this.state.repository(owner, repo).pullRequestFiles.set(number, [...files]);
  }

  /** The pull request's head and base, as `GET /pulls/{n}` answers them (it must have been added). */
  setPullRequestEnds(owner: string, repo: string, number: number, ends: Partial<PullRequestEnds>): void {
    const repository = this.state.repository(owner, repo);
    repository.pullRequestEnds.set(number, { ...(repository.pullRequestEnds.get(number) ?? defaultEnds(owner, repo, number)), ...ends });
  }

  /** A push to the pull request: `sha` becomes its head and the newest of its commits. */
  pushToPullRequest(owner: string, repo: string, number: number, sha: string): void {
    const repository = this.state.repository(owner, repo);
    const commits = repository.pullRequestCommits.get(number) ?? [];
    repository.pullRequestCommits.set(number, [...commits, sha]);
    this.setPullRequestEnds(owner, repo, number, { headSha: sha });
  }

  addComment(owner: string, repo: string, issueNumber: number, comment: { body: string; author: string; minimizedReason?: string }): StoredComment {
    return this.state.addComment({ owner, repo, issueNumber }, comment.body, this.state.account(comment.author), comment.minimizedReason ?? null);
  }

  /** The reviews submitted on a pull request, with their inline comments. */
  reviews(owner: string, repo: string, pullNumber: number): readonly StoredReview[] {
    return this.state.reviews(owner, repo, pullNumber);
  }

  comments(owner: string, repo: string, issueNumber: number): readonly StoredComment[] {
    return this.state.comments(owner, repo, issueNumber);
  }

  checkRuns(owner: string, repo: string): readonly StoredCheckRun[] {
    return this.state.checkRuns(owner, repo);
  }

  setFileContent(owner: string, repo: string, ref: string, path: string, content: string): void {
    this.state.repository(owner, repo).contents.set(`${ref}:${path}`, content);
  }

  setComparison(owner: string, repo: string, basehead: string, files: readonly PullRequestFileSeed[]): void {
    this.state.repository(owner, repo).comparisons.set(basehead, [...files]);
  }

  setCommit(owner: string, repo: string, sha: string, files: readonly PullRequestFileSeed[]): void {
    this.state.repository(owner, repo).commits.set(sha, [...files]);
  }

  injectFault(fault: Fault): void {
    this.faults.push({ ...fault, remaining: fault.times ?? 1 });
  }

  /** What GitHub answers a fork pull request's read-only GITHUB_TOKEN on every comment write. */
  forbidCommentWrites(): void {
    for (const operation of ['issues/create-comment', 'issues/update-comment', 'issues/delete-comment']) {
      this.injectFault({ operation, status: 403, message: RESOURCE_NOT_ACCESSIBLE, times: Infinity });
    }
  }

  /**
   * What GitHub answers a fork pull request's read-only GITHUB_TOKEN on review writes: 403 on a new review, a
   * FORBIDDEN error on resolving a thread.
   */
  forbidReviewWrites(): void {
    this.reviewWritesForbidden = true;
    this.injectFault({ operation: 'pulls/create-review', status: 403, message: RESOURCE_NOT_ACCESSIBLE, times: Infinity });
  }

  /** A review thread someone opened by hand (a reviewer, or another bot). */
  addReviewThread(owner: string, repo: string, pullNumber: number, thread: { path: string; line: number; body: string; author: string }): StoredReviewThread {
    return this.state.addReviewThread({ owner, repo, pullNumber, path: thread.path, line: thread.line }, thread.body, this.state.account(thread.author));
  }

  /** The pull request's review threads, resolved or not, oldest first. */
  reviewThreads(owner: string, repo: string, pullNumber: number): readonly StoredReviewThread[] {
    return this.state.reviewThreads(owner, repo, pullNumber);
  }

  /** Every stored text and every request body that holds the token: the action must never send it anywhere. */
  tokenLeaks(): string[] {
    const stored = this.state.storedTexts().filter(({ text }) => text.includes(this.token)).map(({ where }) => where);
    const sent = this.receivedBodies.flatMap((body, index) => (body.includes(this.token) ? [`request body ${index + 1}`] : []));
    return [...stored, ...sent];
  }

  private async delay(): Promise<void> {
    const ms = this.latency?.() ?? 0;
    if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
  }

  // ---- HTTP ------------------------------------------------------------------------------------------------------

  /** A bug in this server must fail the test that hit it, not hang it until the timeout. */
  private async serveOrReport(request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      await this.serve(request, response);
    } catch (error) {
      this.violations.push(`${request.method} ${request.url}: the test server failed: ${error instanceof Error ? error.stack : String(error)}`);
      if (!response.headersSent) send(response, { status: 500, body: errorBody(500, 'Server Error', 'https://docs.github.com/rest') });
    }
  }

  private async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const raw = await readBody(request);
    await this.delay();
    if (raw !== '') this.receivedBodies.push(raw);
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', this.baseUrl);
    const authorization = authorizationScheme(request.headers.authorization, this.token);
    const record = (operation: string, answer: Answer) => {
      this.requests.push({ method, path: `${url.pathname}${url.search}`, operation, authorization: authorization.scheme, status: answer.status });
      // The answer is fixed now; it reaches the client later, as a slow network would deliver it.
      void this.delay().then(() => send(response, answer));
    };
    const label = `${method} ${url.pathname}${url.search}`;
    if (authorization.problem !== undefined) {
      this.violations.push(`${label}: ${authorization.problem}`);
      record('unknown', { status: 401, body: errorBody(401, authorization.scheme === 'none' ? 'Requires authentication' : 'Bad credentials', 'https://docs.github.com/rest') });
      return;
    }
    if (method === 'POST' && url.pathname === '/graphql') {
      record('graphql', this.graphql(label, raw));
      return;
    }
    const path = this.canonicalPath(url.pathname);
    if (path === undefined) {
      this.violations.push(`${label}: no repository has that id`);
      record('unknown', { status: 404, body: errorBody(404, 'Not Found', 'https://docs.github.com/rest') });
      return;
    }
    const matched = this.openapi.match(method, path);
    if (typeof matched === 'string') {
      this.violations.push(`${label}: ${matched === 'unknown-route' ? 'GitHub has no such route' : `GitHub's route takes no ${method}`}`);
      record('unknown', { status: 404, body: errorBody(404, 'Not Found', 'https://docs.github.com/rest') });
      return;
    }
    record(matched.operationId, this.answerRest(label, matched, url, raw));
  }

  private answerRest(label: string, matched: MatchedOperation, url: URL, raw: string): Answer {
    const body = parseJson(raw);
    if (body === INVALID_JSON) {
      this.violations.push(`${label}: the body is not JSON: ${raw.slice(0, 80)}`);
      return { status: 400, body: errorBody(400, 'Problems parsing JSON', matched.documentationUrl) };
    }
    const problems = this.openapi.validateRequest(matched, url.searchParams, body);
    if (problems.length > 0) {
      this.violations.push(...problems.map((problem) => `${label}: ${problem}`));
      return { status: 422, body: errorBody(422, `Invalid request.\n\n${problems.join('\n')}`, matched.documentationUrl) };
    }
    const route = this.routes?.route(matched.operationId);
    if (route === undefined) {
      this.violations.push(`${label}: the test server does not serve ${matched.operationId} yet; add a handler for it`);
      return { status: 404, body: errorBody(404, 'Not Found', matched.documentationUrl) };
    }
    const fault = this.takeFault(matched.operationId, body);
    if (fault !== undefined) return this.faultAnswer(fault, matched.documentationUrl);
    const answer = route({ matched, query: url.searchParams, body, linkBase: this.linkBase(url.pathname) });
    if (answer.violation !== undefined) this.violations.push(`${label}: ${answer.violation}`);
    const wrong = this.openapi.validateResponse(matched, answer.status, answer.body);
    this.violations.push(...wrong.map((problem) => `${label}: the test server's own answer is not GitHub's shape: ${problem}`));
    return answer;
  }

  private graphql(label: string, raw: string): Answer {
    const body = parseJson(raw);
    if (!isGraphqlRequest(body)) {
      this.violations.push(`${label}: a GraphQL request is a JSON object with a string 'query' and optional 'variables'`);
      return { status: 400, body: { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/graphql' } };
    }
    const fault = this.takeFault('graphql', body);
    if (fault !== undefined) return this.faultAnswer(fault, 'https://docs.github.com/graphql');
    const answer = answerGraphql(body, graphqlRoots(this.state, this.viewer, { mayWrite: !this.reviewWritesForbidden }));
    for (const error of answer.errors ?? []) {
      if (error.type !== 'NOT_FOUND' && error.type !== 'FORBIDDEN') this.violations.push(`${label}: GraphQL error: ${error.message}`);
    }
    return { status: 200, body: answer };
  }

  private takeFault(operation: string, body: unknown): Fault | undefined {
    const fault = this.faults.find((candidate) => candidate.operation === operation && candidate.remaining > 0 && (candidate.when?.(body) ?? true));
    if (fault !== undefined) fault.remaining -= 1;
    return fault;
  }

  private faultAnswer(fault: Fault, documentationUrl: string): Answer {
    const message = fault.message ?? (fault.status >= 500 ? 'Server Error' : 'Validation Failed');
    return { status: fault.status, body: errorBody(fault.status, message, documentationUrl), headers: fault.headers };
  }

  /** GitHub's Link headers point at `/repositories/<id>/…`; it serves those paths as the `/repos/<owner>/<repo>/…` ones. */
  private canonicalPath(pathname: string): string | undefined {
    const byId = /^\/repositories\/(\d+)(\/.*)?$/.exec(pathname);
    if (byId === null) return pathname;
    const repository = this.state.repositoryById(Number(byId[1]));
    return repository === undefined ? undefined : `/repos/${repository.owner}/${repository.repo}${byId[2] ?? ''}`;
  }

  private linkBase(pathname: string): string {
    const byName = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(pathname);
    const repository = byName === null ? undefined : this.state.existingRepository(decodeURIComponent(byName[1]), decodeURIComponent(byName[2]));
    if (byName === null || repository === undefined) return `${this.baseUrl}${pathname}`;
    return `${this.baseUrl}/repositories/${repository.id}${byName[3] ?? ''}`;
  }
}

function authorizationScheme(header: string | undefined, token: string): { scheme: RecordedRequest['authorization']; problem?: string } {
  if (header === undefined) return { scheme: 'none', problem: 'no authorization header (GitHub answers 401 Requires authentication)' };
  const match = /^(token|bearer) (.+)$/i.exec(header);
  if (match === null) return { scheme: 'none', problem: "the authorization header is neither 'token X' nor 'bearer X'" };
  const scheme = match[1].toLowerCase() as 'token' | 'bearer';
  return match[2] === token ? { scheme } : { scheme, problem: 'the token is not the one this server issued (GitHub answers 401 Bad credentials)' };
}

const INVALID_JSON = Symbol('invalid JSON');

function parseJson(raw: string): unknown {
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return INVALID_JSON;
  }
}

function isGraphqlRequest(body: unknown): body is { query: string; variables?: Record<string, unknown> } {
  if (typeof body !== 'object' || body === null || !('query' in body) || typeof body.query !== 'string') return false;
  return !('variables' in body) || body.variables === undefined || (typeof body.variables === 'object' && body.variables !== null);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, answer: Answer): void {
  const headers: Record<string, string> = {
    'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-used': '1',
    'x-ratelimit-resource': 'core',
    ...answer.headers,
  };
  if (answer.body === undefined) {
    response.writeHead(answer.status, headers).end();
    return;
  }
  response.writeHead(answer.status, { ...headers, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(answer.body));
}
