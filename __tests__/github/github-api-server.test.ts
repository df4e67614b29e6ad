import { createGitHubClient, type GitHubClient } from '../../src/github/octokit.js';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';

/**
 * The test GitHub must hold the action to what GitHub accepts, or every other GitHub test proves nothing: these
 * cases send it requests GitHub would refuse (through raw fetch, since Octokit would not send most of them) and
 * check that each is answered as GitHub answers it and recorded as a violation, beside a valid twin that is not.
 */

let server: GitHubApiServer;
let octokit: GitHubClient;
const silent = { info: () => {}, warning: () => {} };

beforeEach(async () => {
  server = await startGitHubApiServer();
  octokit = createGitHubClient({ token: server.token, apiUrl: server.url, log: silent, retryAfterBaseValue: 1, spaceWrites: false });
  server.addPullRequest('octo', 'shop', 7);
});

afterEach(async () => {
  await server.close();
});

function call(method: string, path: string, body?: unknown, authorization = `token ${server.token}`): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method,
    headers: { authorization, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe('request validation against GitHub’s OpenAPI description', () => {
  it('records a comment created without a body, and answers 422 as GitHub does; a comment with a body passes', async () => {
    const invalid = await call('POST', '/repos/octo/shop/issues/7/comments', { text: 'hello' });
    expect(invalid.status).toBe(422);
    expect(((await invalid.json()) as { message: string }).message).toMatch(/^Invalid request\./);
    expect(server.violations).toEqual([
      "POST /repos/octo/shop/issues/7/comments: issues/create-comment request body: (top level) must have required property 'body' {\"missingProperty\":\"body\"}",
    ]);
    expect(server.comments('octo', 'shop', 7)).toEqual([]);

    server.violations.length = 0;
    const valid = await call('POST', '/repos/octo/shop/issues/7/comments', { body: 'hello' });
    expect(valid.status).toBe(201);
    expect(server.violations).toEqual([]);
    expect(server.comments('octo', 'shop', 7).map((comment) => comment.body)).toEqual(['hello']);
  });

  it('records a route GitHub does not have and a method a route does not take', async () => {
    expect((await call('GET', '/repos/octo/shop/pull-requests/7')).status).toBe(404);
    expect((await call('PUT', '/repos/octo/shop/issues/7/comments', { body: 'x' })).status).toBe(404);
    expect(server.violations).toEqual([
      'GET /repos/octo/shop/pull-requests/7: GitHub has no such route',
      "PUT /repos/octo/shop/issues/7/comments: GitHub's route takes no PUT",
    ]);
  });

  it('records a path parameter of the wrong type and a query parameter the operation does not take', async () => {
    expect((await call('GET', '/repos/octo/shop/pulls/seven/files')).status).toBe(422);
    expect((await call('GET', '/repos/octo/shop/pulls/7/files?direction=asc')).status).toBe(422);
    expect((await call('GET', '/repos/octo/shop/pulls/7/files?per_page=100&page=1')).status).toBe(200);
    expect(server.violations).toEqual([
      'GET /repos/octo/shop/pulls/seven/files: pulls/list-files path parameters: /pull_number must be integer {"type":"integer"}',
      "GET /repos/octo/shop/pulls/7/files?direction=asc: query parameter 'direction' is not one pulls/list-files takes (it takes: per_page, page)",
    ]);
  });

  it('rejects more than 50 annotations in one check run request with 422, and takes 50', async () => {
    const annotation = (line: number) => ({ path: 'a.py', start_line: line, end_line: line, annotation_level: 'warning', message: `m${line}` });
    const output = (count: number) => ({ title: 't', summary: 's', annotations: Array.from({ length: count }, (_, index) => annotation(index + 1)) });
    const tooMany = await call('POST', '/repos/octo/shop/check-runs', { name: 'guard', head_sha: 'a'.repeat(40), output: output(51) });
    expect(tooMany.status).toBe(422);
    expect(server.violations).toEqual([
      'POST /repos/octo/shop/check-runs: checks/create request body: /output/annotations must NOT have more than 50 items {"limit":50}',
    ]);
    server.violations.length = 0;
    const fifty = await call('POST', '/repos/octo/shop/check-runs', { name: 'guard', head_sha: 'a'.repeat(40), output: output(50) });
    expect(fifty.status).toBe(201);
    expect(server.checkRuns('octo', 'shop').map((run) => run.annotations.length)).toEqual([50]);
    expect(server.violations).toEqual([]);
  });

  it('rejects columns on an annotation spanning lines, as GitHub does, and takes them on one line', async () => {
    const run = (start_line: number, end_line: number) => ({
      name: 'guard',
      head_sha: 'b'.repeat(40),
      output: { title: 't', summary: 's', annotations: [{ path: 'a.py', start_line, end_line, start_column: 2, end_column: 5, annotation_level: 'notice', message: 'm' }] },
    });
    expect((await call('POST', '/repos/octo/shop/check-runs', run(3, 4))).status).toBe(422);
    expect(server.violations).toEqual(['POST /repos/octo/shop/check-runs: annotation 1 has columns but spans lines 3-4']);
    server.violations.length = 0;
    expect((await call('POST', '/repos/octo/shop/check-runs', run(3, 3))).status).toBe(201);
    expect(server.violations).toEqual([]);
  });

  it('answers 401 and records a request without the token or with another one; records which scheme carried it', async () => {
    expect((await call('GET', '/repos/octo/shop/issues/7/comments', undefined, '')).status).toBe(401);
    expect((await call('GET', '/repos/octo/shop/issues/7/comments', undefined, 'token ghs_not-the-token')).status).toBe(401);
    expect((await call('GET', '/repos/octo/shop/issues/7/comments', undefined, `Bearer ${server.token}`)).status).toBe(200);
    expect((await call('GET', '/repos/octo/shop/issues/7/comments', undefined, `token ${server.token}`)).status).toBe(200);
    expect(server.requests.map((request) => request.authorization)).toEqual(['none', 'token', 'bearer', 'token']);
    expect(server.violations).toEqual([
      "GET /repos/octo/shop/issues/7/comments: the authorization header is neither 'token X' nor 'bearer X'",
      'GET /repos/octo/shop/issues/7/comments: the token is not the one this server issued (GitHub answers 401 Bad credentials)',
    ]);
  });

  it('records an edit of a comment someone else wrote, and not an edit of its own', async () => {
    const theirs = server.addComment('octo', 'shop', 7, { body: 'mine', author: 'mona' });
    const ours = server.addComment('octo', 'shop', 7, { body: 'ours', author: 'github-actions[bot]' });
    await octokit.rest.issues.updateComment({ owner: 'octo', repo: 'shop', comment_id: ours.id, body: 'ours, edited' });
    expect(server.violations).toEqual([]);
    await octokit.rest.issues.updateComment({ owner: 'octo', repo: 'shop', comment_id: theirs.id, body: 'vandalised' });
    expect(server.violations).toEqual([`PATCH /repos/octo/shop/issues/comments/${theirs.id}: edited comment ${theirs.id}, which mona wrote, not github-actions[bot]`]);
  });
});

describe('answers shaped as GitHub’s', () => {
  it('paginates comments with Link headers in the repository-id form GitHub writes, and Octokit follows them', async () => {
    for (let index = 1; index <= 7; index += 1) server.addComment('octo', 'shop', 7, { body: `c${index}`, author: 'mona' });
    const repositoryId = server.state.existingRepository('octo', 'shop')?.id;
    const first = await call('GET', '/repos/octo/shop/issues/7/comments?per_page=3');
    const base = `${server.url}/repositories/${repositoryId}/issues/7/comments`;
    expect(first.headers.get('link')).toBe(`<${base}?per_page=3&page=2>; rel="next", <${base}?per_page=3&page=3>; rel="last"`);
    const middle = await call('GET', `/repositories/${repositoryId}/issues/7/comments?per_page=3&page=2`);
    expect(middle.headers.get('link')).toBe(
      `<${base}?per_page=3&page=1>; rel="prev", <${base}?per_page=3&page=3>; rel="next", <${base}?per_page=3&page=3>; rel="last", <${base}?per_page=3&page=1>; rel="first"`,
    );
    expect(((await middle.json()) as { body: string }[]).map((comment) => comment.body)).toEqual(['c4', 'c5', 'c6']);
    const single = await call('GET', '/repos/octo/shop/issues/7/comments?per_page=100');
    expect(single.headers.get('link')).toBeNull();

    const all = await octokit.paginate(octokit.rest.issues.listComments, { owner: 'octo', repo: 'shop', issue_number: 7, per_page: 3 });
    expect(all.map((comment) => comment.body)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']);
    expect(server.violations).toEqual([]);
  });

  it('defaults to 30 per page and never sends more than 100', async () => {
    for (let index = 1; index <= 130; index += 1) server.addComment('octo', 'shop', 7, { body: `c${index}`, author: 'mona' });
    expect(((await (await call('GET', '/repos/octo/shop/issues/7/comments')).json()) as unknown[]).length).toBe(30);
    expect(((await (await call('GET', '/repos/octo/shop/issues/7/comments?per_page=500')).json()) as unknown[]).length).toBe(100);
  });

  it('names the comment author as REST does (login with [bot], type Bot) and says when a comment is minimized', async () => {
    server.addComment('octo', 'shop', 7, { body: 'hidden', author: 'github-actions[bot]', minimizedReason: 'outdated' });
    server.addComment('octo', 'shop', 7, { body: 'shown', author: 'mona' });
    const { data } = await octokit.rest.issues.listComments({ owner: 'octo', repo: 'shop', issue_number: 7 });
    expect(data.map((comment) => [comment.body, comment.user?.login, comment.user?.type, (comment as { minimized?: unknown }).minimized])).toEqual([
      ['hidden', 'github-actions[bot]', 'Bot', { reason: 'outdated' }],
      ['shown', 'mona', 'User', null],
    ]);
    expect(data[0].html_url).toBe(`https://github.com/octo/shop/pull/7#issuecomment-${data[0].id}`);
  });

  it('answers 403 to GET /user for the default token (an installation) and the profile for a personal token', async () => {
    await expect(octokit.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403, message: expect.stringContaining('Resource not accessible by integration') });
    const personal = await startGitHubApiServer({ identity: { kind: 'user', login: 'mona' } });
    try {
      const client = createGitHubClient({ token: personal.token, apiUrl: personal.url, log: silent, retryAfterBaseValue: 1, spaceWrites: false });
      expect((await client.rest.users.getAuthenticated()).data.login).toBe('mona');
      expect(personal.violations).toEqual([]);
    } finally {
      await personal.close();
    }
  });

  it('answers GraphQL viewer with the bot login for the default token, and the comments with GraphQL’s author names', async () => {
    server.addComment('octo', 'shop', 7, { body: 'one', author: 'github-actions[bot]' });
    server.addComment('octo', 'shop', 7, { body: 'two', author: 'mona', minimizedReason: 'spam' });
    const viewer = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    expect(viewer).toEqual({ viewer: { login: 'github-actions[bot]' } });
    const page = await octokit.graphql<unknown>(
      'query($owner: String!, $repo: String!, $number: Int!) { repository(owner: $owner, name: $repo) { pullRequest(number: $number) { comments(first: 1) { nodes { body isMinimized author { login } } pageInfo { hasNextPage endCursor } } } } }',
      { owner: 'octo', repo: 'shop', number: 7 },
    );
    expect(page).toEqual({
      repository: {
        pullRequest: {
          comments: { nodes: [{ body: 'one', isMinimized: false, author: { login: 'github-actions' } }], pageInfo: { hasNextPage: true, endCursor: expect.any(String) } },
        },
      },
    });
    expect(server.violations).toEqual([]);
  });

  it('answers a GraphQL field GitHub does not have with GitHub’s error, and records it', async () => {
    await expect(octokit.graphql('query { viewer { login nickname } }')).rejects.toThrow("Field 'nickname' doesn't exist on type 'User'");
    await expect(
      octokit.graphql('query { repository(owner: "octo", name: "shop") { pullRequest(number: 7) { comments(first: 101) { nodes { body } } } } }'),
    ).rejects.toThrow('Requesting 101 records on the `comments` connection exceeds the `first` limit of 100 records.');
    expect(server.violations).toEqual([
      "POST /graphql: GraphQL error: Field 'nickname' doesn't exist on type 'User'",
      'POST /graphql: GraphQL error: Requesting 101 records on the `comments` connection exceeds the `first` limit of 100 records.',
    ]);
  });

  it('opens a review thread per inline comment, lists them over GraphQL and resolves one with the mutation', async () => {
    server.addPullRequest('octo', 'shop', 9, [{ filename: 'a.py', status: 'added', patch: '@@ -0,0 +1,2 @@\n+x = 1\n+y = 2' }]);
    await octokit.rest.pulls.createReview({ owner: 'octo', repo: 'shop', pull_number: 9, event: 'COMMENT', comments: [{ path: 'a.py', line: 1, body: 'one' }, { path: 'a.py', line: 2, body: 'two' }] });
    const query = 'query($n: Int!) { repository(owner: "octo", name: "shop") { pullRequest(number: $n) { reviewThreads(first: 10) { nodes { id isResolved path line comments(first: 1) { nodes { body author { login } } } } } } } }';
    type Threads = { repository: { pullRequest: { reviewThreads: { nodes: { id: string; isResolved: boolean; path: string; line: number; comments: { nodes: { body: string; author: { login: string } }[] } }[] } } } };
    const before = await octokit.graphql<Threads>(query, { n: 9 });
    const nodes = before.repository.pullRequest.reviewThreads.nodes;
    expect(nodes.map((node) => [node.path, node.line, node.isResolved, node.comments.nodes[0].body, node.comments.nodes[0].author.login])).toEqual([
      ['a.py', 1, false, 'one', 'github-actions'],
      ['a.py', 2, false, 'two', 'github-actions'],
    ]);
    const resolved = await octokit.graphql('mutation($id: ID!) { resolveReviewThread(input: {threadId: $id, clientMutationId: "x"}) { clientMutationId thread { id isResolved } } }', { id: nodes[1].id });
    expect(resolved).toEqual({ resolveReviewThread: { clientMutationId: 'x', thread: { id: nodes[1].id, isResolved: true } } });
    expect(server.reviewThreads('octo', 'shop', 9).map((thread) => thread.isResolved)).toEqual([false, true]);
    await expect(octokit.graphql('mutation { minimizeComment(input: {subjectId: "x", classifier: OUTDATED}) { clientMutationId } }')).rejects.toThrow('Parse error on "OUTDATED"');
    await expect(octokit.graphql('mutation { unresolveReviewThread(input: {threadId: "x"}) { clientMutationId } }')).rejects.toThrow("Field 'unresolveReviewThread' doesn't exist on type 'Mutation'");
    expect(server.violations).toHaveLength(2);
  });

  it('serves file contents at a ref in base64, wrapped as GitHub wraps it, and 404 at another ref', async () => {
    const text = 'def handler(event):\n    return event\n'.repeat(4);
    server.setFileContent('octo', 'shop', 'c0ffee', 'app/handler.py', text);
    const { data } = await octokit.rest.repos.getContent({ owner: 'octo', repo: 'shop', path: 'app/handler.py', ref: 'c0ffee' });
    if (Array.isArray(data) || data.type !== 'file') throw new Error('expected a file');
    expect(data.content.split('\n').every((line) => line.length <= 60)).toBe(true);
    expect(Buffer.from(data.content, 'base64').toString('utf8')).toBe(text);
    await expect(octokit.rest.repos.getContent({ owner: 'octo', repo: 'shop', path: 'app/handler.py', ref: 'main' })).rejects.toMatchObject({ status: 404 });
    expect(server.violations).toEqual([]);
  });

  it('reports the token wherever a client stored it, and nowhere else', async () => {
    await octokit.rest.issues.createComment({ owner: 'octo', repo: 'shop', issue_number: 7, body: 'clean' });
    expect(server.tokenLeaks()).toEqual([]);
    const leaked = await octokit.rest.issues.createComment({ owner: 'octo', repo: 'shop', issue_number: 7, body: `oops ${server.token}` });
    expect(server.tokenLeaks()).toEqual([`comment ${leaked.data.id}`, 'request body 2']);
  });
});
