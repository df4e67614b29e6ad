import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';
import { ActionRunner, HEAD, OWNER, REPO, pullRequestEvent } from '../helpers/action-runner.js';

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
    server.forbidReviewWrites();
    const run = await runner.run(runner.workspace({ 'app/jobs.py': JOBS }), 'pull_request', pullRequestEvent('synchronize', HEAD), { 'review-comments': 'true' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::warning::predator-guard: no inline review comments: the token may not review this pull request');
    expect(server.reviews(OWNER, REPO, 2)).toEqual([]);
    expect(server.comments(OWNER, REPO, 2)[0].body).toContain('app/jobs.py:4');
  }, 60_000);
});

/** The pull request's lines 2-5 as a second push leaves them: the handler now catches one error, not everything. */
const JOBS_FIXED = ['def run(job):', '    try:', '        job()', '    except ValueError:', '        retry(job)', ''].join('\n');
const NEXT_HEAD = 'f'.repeat(40);

describe('the action with review-comments, run after run', () => {
  const inputs = { 'review-comments': 'true' };

  it('does not post a finding again on the next push, and resolves its thread once it is fixed', async () => {
    const workspace = runner.workspace({ 'app/jobs.py': JOBS });
    expect((await runner.run(workspace, 'pull_request', pullRequestEvent('synchronize', HEAD), inputs)).code).toBe(0);
    const [thread] = server.reviewThreads(OWNER, REPO, 2);
    expect([thread.path, thread.line, thread.isResolved]).toEqual(['app/jobs.py', 4, false]);

    server.pushToPullRequest(OWNER, REPO, 2, NEXT_HEAD);
    const again = await runner.run(workspace, 'pull_request', pullRequestEvent('synchronize', NEXT_HEAD), inputs);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('predator-guard: 1 findings on changed lines already have an inline comment from an earlier run.');
    expect(server.reviews(OWNER, REPO, 2)).toHaveLength(1);
    expect(server.reviewThreads(OWNER, REPO, 2)).toHaveLength(1);
    expect(thread.isResolved).toBe(false);

    const fixed = await runner.run(runner.workspace({ 'app/jobs.py': JOBS_FIXED }), 'pull_request', pullRequestEvent('synchronize', NEXT_HEAD), inputs);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toContain('predator-guard: 1 review threads of fixed findings resolved.');
    expect([thread.isResolved, thread.resolvedBy?.login]).toEqual([true, 'github-actions[bot]']);
    expect(server.reviews(OWNER, REPO, 2)).toHaveLength(1);
    expect(server.requests.filter((request) => request.operation === 'graphql' && request.status === 200).length).toBeGreaterThan(0);
  }, 120_000);

  it('leaves alone a thread a reviewer opened with a copy of the marker, and a thread another job owns', async () => {
    const copied = server.addReviewThread(OWNER, REPO, 2, { path: 'app/jobs.py', line: 5, author: 'octocat', body: `nit\n\n<!-- predator-guard:finding=${'a'.repeat(32)} section=review -->` });
    const otherJob = server.addReviewThread(OWNER, REPO, 2, { path: 'app/jobs.py', line: 5, author: 'github-actions[bot]', body: `x\n\n<!-- predator-guard:finding=${'b'.repeat(32)} section=migrations -->` });
    const ours = server.addReviewThread(OWNER, REPO, 2, { path: 'app/jobs.py', line: 5, author: 'github-actions[bot]', body: `x\n\n<!-- predator-guard:finding=${'c'.repeat(32)} section=review -->` });
    const run = await runner.run(runner.workspace({ 'app/jobs.py': JOBS }), 'pull_request', pullRequestEvent('synchronize', HEAD), inputs);
    expect(run.code).toBe(0);
    expect([copied.isResolved, otherJob.isResolved, ours.isResolved]).toEqual([false, false, true]);
  }, 60_000);

  it('posts at most 25 inline comments and counts the rest in the section of the PR comment', async () => {
    const handlers = Array.from({ length: 30 }, (_, index) => [`def run${index}(job):`, '    try:', '        job()', '    except:', '        retry(job)']).flat();
    const patch = `@@ -0,0 +1,${handlers.length} @@\n${handlers.map((line) => `+${line}`).join('\n')}`;
    server.addPullRequest(OWNER, REPO, 2, [{ filename: 'app/jobs.py', status: 'modified', patch }]);
    const run = await runner.run(runner.workspace({ 'app/jobs.py': `${handlers.join('\n')}\n` }), 'pull_request', pullRequestEvent('synchronize', HEAD), inputs);
    expect(run.code).toBe(0);
    expect(server.reviews(OWNER, REPO, 2)[0].comments).toHaveLength(25);
    const [comment] = server.comments(OWNER, REPO, 2);
    expect(comment.body).toContain('### review\n\n> 💬 5 more findings on changed lines are in this comment only (at most 25 inline review comments per run).\n\n');
    expect(run.stdout).toContain('predator-guard: 5 more findings on changed lines are in the PR comment only (at most 25 inline comments per run).');
  }, 60_000);

  it('on a fork (a read-only token) posts no review, resolves nothing and keeps every finding in the comment', async () => {
    const ours = server.addReviewThread(OWNER, REPO, 2, { path: 'app/jobs.py', line: 5, author: 'github-actions[bot]', body: `x\n\n<!-- predator-guard:finding=${'c'.repeat(32)} section=review -->` });
    server.forbidReviewWrites();
    const run = await runner.run(runner.workspace({ 'app/jobs.py': JOBS }), 'pull_request', pullRequestEvent('synchronize', HEAD), inputs);
    expect(run.code).toBe(0);
    expect(run.stdout.match(/::warning::/g)).toHaveLength(1);
    expect(server.reviews(OWNER, REPO, 2)).toEqual([]);
    expect(ours.isResolved).toBe(false);
    expect(server.comments(OWNER, REPO, 2)[0].body).toContain('app/jobs.py:4');
  }, 60_000);
});

describe('the action with review-comments on migrations', () => {
  it('suggests CREATE INDEX CONCURRENTLY and a SET lock_timeout line before the statement', async () => {
    const migration = ['-- the invoices table holds data', 'CREATE INDEX invoices_due ON invoices (due_on);', ''].join('\n');
    server.addPullRequest(OWNER, REPO, 2, [{ filename: 'db/migrations/002_due.sql', status: 'added', patch: '@@ -0,0 +1,2 @@\n+-- the invoices table holds data\n+CREATE INDEX invoices_due ON invoices (due_on);' }]);
    const workspace = runner.workspace({ 'db/migrations/001_invoices.sql': 'CREATE TABLE invoices (id bigint, due_on date);\n', 'db/migrations/002_due.sql': migration });
    const run = await runner.run(workspace, 'pull_request', pullRequestEvent('synchronize', HEAD), { 'review-comments': 'true', checks: 'migrations', migrations: 'db/migrations/*.sql' });
    expect(run.code).toBe(0);
    const bodies = Object.fromEntries(server.reviews(OWNER, REPO, 2)[0].comments.map((comment) => [/`([a-z-]+)`/.exec(comment.body)?.[1], comment]));
    expect(bodies['non-concurrent-index'].line).toBe(2);
    expect(bodies['non-concurrent-index'].body).toContain('```suggestion\nCREATE INDEX CONCURRENTLY invoices_due ON invoices (due_on);\n```');
    expect(bodies['missing-lock-timeout'].body).toContain("```suggestion\nSET lock_timeout = '2s';\nCREATE INDEX invoices_due ON invoices (due_on);\n```");
    expect(bodies['missing-lock-timeout'].body.split('\n').at(-1)).toMatch(/^<!-- predator-guard:finding=[0-9a-f]{32} section=migrations -->$/);
  }, 60_000);
});

describe('the action with review-comments on a fork pull request', () => {
  it('the fork’s run posts nothing and warns; the posting job of the fork-safe pair posts the comment and the review from the saved report, without suggestions', async () => {
    server.setPullRequestEnds(OWNER, REPO, 2, { headSha: HEAD, headRepository: 'mallory/Hello-World', baseSha: 'b'.repeat(40) });
    server.forbidCommentWrites();
    server.forbidReviewWrites();
    const forkRun = await runner.run(runner.workspace({ 'app/jobs.py': JOBS }), 'pull_request', pullRequestEvent('synchronize', HEAD), { 'review-comments': 'true' });
    expect(forkRun.code).toBe(0);
    expect(forkRun.stdout.match(/::warning::/g)).toHaveLength(2);
    expect([server.comments(OWNER, REPO, 2), server.reviews(OWNER, REPO, 2)]).toEqual([[], []]);

    // The fork wrote the report: a fix in its data must not become a one-click change.
    const saved = JSON.parse(readFileSync(forkRun.outputs['report-file'], 'utf8')) as { findings: { data?: Record<string, unknown> }[] };
    saved.findings[0].data = { ...saved.findings[0].data, fix: { startLine: 4, endLine: 4, lines: ['    import os; os.system("sh")'] } };
    const posting = runner.workspace({});
    const report = path.join(posting, 'report.json');
    writeFileSync(report, JSON.stringify(saved));
    const trusted = await startGitHubApiServer({ token: server.token });
    try {
      trusted.addPullRequest(OWNER, REPO, 2, [{ filename: 'app/jobs.py', status: 'modified', patch: JOBS_PATCH }]);
      trusted.setPullRequestEnds(OWNER, REPO, 2, { headSha: HEAD, headRepository: 'mallory/Hello-World', baseSha: 'b'.repeat(40) });
      const workflowRun = { action: 'completed', workflow_run: { id: 9, event: 'pull_request', head_sha: HEAD, head_repository: { full_name: 'mallory/Hello-World' }, pull_requests: [] } };
      const post = await new ActionRunner(trusted).run(posting, 'workflow_run', workflowRun, { report, 'pull-request': '2', 'review-comments': 'true' });
      expect(post.code).toBe(0);
      expect(trusted.comments(OWNER, REPO, 2)[0].body).toContain('app/jobs.py:4');
      const [review] = trusted.reviews(OWNER, REPO, 2);
      expect(review.comments.map((comment) => [comment.path, comment.line])).toEqual([['app/jobs.py', 4]]);
      expect(review.comments[0].body).not.toContain('```suggestion');
      expect(trusted.violations).toEqual([]);
    } finally {
      await trusted.close();
    }
  }, 120_000);
});
