import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';
import { ActionRunner, HEAD, OWNER, REPO, pullRequestEvent } from '../helpers/action-runner.js';
import { RESOURCE_NOT_ACCESSIBLE } from '../helpers/github-api/rest-routes.js';

const JOBS = ['def run(job):', '    try:', '        job()', '    except:', '        retry(job)', ''].join('\n');
/** The pull request adds the handler (lines 2-5). */
const JOBS_PATCH = '@@ -1,1 +1,5 @@\n def run(job):\n+    try:\n+        job()\n+    except:\n+        retry(job)';

let server: GitHubApiServer;
let runner: ActionRunner;

beforeEach(async () => {
  server = await startGitHubApiServer();
  runner = new ActionRunner(server);
  server.addPullRequest(OWNER, REPO, 2, [{ filename: 'app/jobs.py', status: 'modified', patch: JOBS_PATCH }]);
  server.pushToPullRequest(OWNER, REPO, 2, HEAD);
});

afterEach(async () => {
  expect(server.violations).toEqual([]);
  expect(server.tokenLeaks()).toEqual([]);
  await server.close();
  runner.cleanup();
});

describe('the action with review-comments', () => {
  it('posts the finding on the added line as one review whose suggestion block is the machine fix, beside the comment', async () => {
    const run = await runner.run(runner.workspace({ 'app/jobs.py': JOBS }), 'pull_request', pullRequestEvent('synchronize', HEAD), { 'review-comments': 'true' });
    expect(run.code).toBe(0);
    const reviews = server.reviews(OWNER, REPO, 2);
    expect(reviews).toHaveLength(1);
    expect([reviews[0].event, reviews[0].commitId]).toEqual(['COMMENT', HEAD]);
    expect(reviews[0].comments.map((comment) => [comment.path, comment.line])).toEqual([['app/jobs.py', 4]]);
    expect(reviews[0].comments[0].body).toContain('ℹ️ **notice** `bare-except` — ');
    expect(reviews[0].comments[0].body).toContain('```suggestion\n    except Exception:\n```');
    expect(server.comments(OWNER, REPO, 2)).toHaveLength(1);
  }, 60_000);

  it('posts no review by default', async () => {
    const run = await runner.run(runner.workspace({ 'app/jobs.py': JOBS }), 'pull_request', pullRequestEvent('synchronize', HEAD));
    expect(run.code).toBe(0);
    expect(server.reviews(OWNER, REPO, 2)).toEqual([]);
    expect(server.requests.map((request) => request.operation)).not.toContain('pulls/create-review');
  }, 60_000);

  it('falls back to the comment with one warning when the token may not review (a fork)', async () => {
    server.injectFault({ operation: 'pulls/create-review', status: 403, message: RESOURCE_NOT_ACCESSIBLE, times: Infinity });
    const run = await runner.run(runner.workspace({ 'app/jobs.py': JOBS }), 'pull_request', pullRequestEvent('synchronize', HEAD), { 'review-comments': 'true' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::warning::predator-guard: no inline review comments: the token may not review this pull request');
    expect(server.reviews(OWNER, REPO, 2)).toEqual([]);
    expect(server.comments(OWNER, REPO, 2)[0].body).toContain('app/jobs.py:4');
  }, 60_000);
});
