import { createGitHubClient, isPermissionDenied, writesNeedSpacing, type GitHubClient } from '../../src/github/octokit.js';
import { SECONDARY_RATE_LIMIT_MESSAGE, startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';

let server: GitHubApiServer;
let octokit: GitHubClient;
let logged: string[];

beforeEach(async () => {
  server = await startGitHubApiServer();
  logged = [];
  octokit = createGitHubClient({
    token: server.token,
    apiUrl: `${server.url}/`,
    log: { info: (line) => logged.push(`info: ${line}`), warning: (line) => logged.push(`warning: ${line}`) },
    retryAfterBaseValue: 1,
    spaceWrites: false,
  });
  server.addPullRequest('octo', 'shop', 3);
});

afterEach(async () => {
  expect(server.violations).toEqual([]);
  expect(logged.filter((line) => line.includes(server.token))).toEqual([]);
  await server.close();
});

const comment = () => octokit.rest.issues.createComment({ owner: 'octo', repo: 'shop', issue_number: 3, body: 'hello' });
const statuses = () => server.requests.map((request) => `${request.method} ${request.status}`);

describe('createGitHubClient', () => {
  it('sends the token as `authorization: token …` to the API URL it was given, trailing slash or not', async () => {
    await comment();
    expect(server.requests.map((request) => [request.path, request.authorization])).toEqual([['/repos/octo/shop/issues/3/comments', 'token']]);
  });

  it('retries a 5xx answer with backoff and succeeds, without a log line', async () => {
    server.injectFault({ operation: 'issues/create-comment', status: 503, message: 'Service Unavailable', times: 2 });
    expect((await comment()).status).toBe(201);
    expect(statuses()).toEqual(['POST 503', 'POST 503', 'POST 201']);
    expect(server.comments('octo', 'shop', 3)).toHaveLength(1);
    expect(logged).toEqual([]);
  });

  it('does not retry a 403 or a 422: those answers will not change', async () => {
    server.injectFault({ operation: 'issues/create-comment', status: 403, message: 'Resource not accessible by integration' });
    await expect(comment()).rejects.toMatchObject({ status: 403 });
    server.injectFault({ operation: 'issues/create-comment', status: 422, message: 'Validation Failed' });
    await expect(comment()).rejects.toMatchObject({ status: 422 });
    expect(statuses()).toEqual(['POST 403', 'POST 422']);
  });

  it('waits out a secondary rate limit as long as retry-after says, logging the route and never the token', async () => {
    server.injectFault({ operation: 'issues/create-comment', status: 403, message: SECONDARY_RATE_LIMIT_MESSAGE, headers: { 'retry-after': '2' } });
    expect((await comment()).status).toBe(201);
    expect(statuses()).toEqual(['POST 403', 'POST 201']);
    expect(logged).toEqual(['info: GitHub secondary rate limit on POST /repos/{owner}/{repo}/issues/{issue_number}/comments: retrying in 2s (retry 1 of 2).']);
  });

  it('gives up on a secondary rate limit after two retries, with a warning', async () => {
    server.injectFault({ operation: 'issues/create-comment', status: 403, message: SECONDARY_RATE_LIMIT_MESSAGE, headers: { 'retry-after': '1' }, times: 3 });
    const failure = await comment().catch((error: unknown) => error);
    expect(failure).toMatchObject({ status: 403 });
    expect(isPermissionDenied(failure)).toBe(false);
    expect(statuses()).toEqual(['POST 403', 'POST 403', 'POST 403']);
    expect(logged).toEqual([
      'info: GitHub secondary rate limit on POST /repos/{owner}/{repo}/issues/{issue_number}/comments: retrying in 1s (retry 1 of 2).',
      'info: GitHub secondary rate limit on POST /repos/{owner}/{repo}/issues/{issue_number}/comments: retrying in 1s (retry 2 of 2).',
      'warning: GitHub secondary rate limit on POST /repos/{owner}/{repo}/issues/{issue_number}/comments: giving up after 2 retries.',
    ]);
  });

  it('tells a permission 403 from a rate-limit 403', async () => {
    server.forbidCommentWrites();
    const denied = await comment().catch((error: unknown) => error);
    expect(isPermissionDenied(denied)).toBe(true);
    expect(isPermissionDenied(new Error('no status'))).toBe(false);
  });

  it('sends GraphQL to graphqlUrl when given one', async () => {
    const elsewhere = createGitHubClient({
      token: server.token,
      apiUrl: 'http://127.0.0.1:9/unused',
      graphqlUrl: `${server.url}/graphql`,
      log: { info: () => {}, warning: () => {} },
      retryAfterBaseValue: 1,
      spaceWrites: false,
    });
    expect(await elsewhere.graphql('query { viewer { login } }')).toEqual({ viewer: { login: 'github-actions[bot]' } });
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /graphql']);
  });
});

describe('writesNeedSpacing', () => {
  it('spaces writes to GitHub and to every GHES host, and not to an API on the loopback address', () => {
    expect(['https://api.github.com', 'https://ghe.example.com/api/v3', 'http://10.0.0.5:8080', 'http://127.example.com', 'not a url'].map(writesNeedSpacing)).toEqual([true, true, true, true, true]);
    expect(['http://127.0.0.1:41234', 'http://127.1.2.3', 'http://localhost:3000/api/v3', 'http://[::1]:8080'].map(writesNeedSpacing)).toEqual([false, false, false, false]);
  });

  it('leaves two writes to a loopback API unspaced by default', async () => {
    const unspaced = createGitHubClient({ token: server.token, apiUrl: server.url, log: { info: () => {}, warning: () => {} }, retryAfterBaseValue: 1 });
    const started = performance.now();
    await unspaced.rest.issues.createComment({ owner: 'octo', repo: 'shop', issue_number: 3, body: 'one' });
    await unspaced.rest.issues.createComment({ owner: 'octo', repo: 'shop', issue_number: 3, body: 'two' });
    // Spaced, the second notifying write would wait about three seconds for its turn.
    expect(performance.now() - started).toBeLessThan(2500);
    expect(server.comments('octo', 'shop', 3)).toHaveLength(2);
  });
});
