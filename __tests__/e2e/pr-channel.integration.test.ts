import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseCommentSections } from '../../src/render/comment/comment-sections.js';
import { ActionRunner, HEAD, OWNER, REPO, pullRequestEvent } from '../helpers/action-runner.js';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';

/**
 * The pull-request channel end to end: the action bundle under Node 24 (dist/action.js, or the working tree's build
 * named by PREDATOR_GUARD_ACTION_BUNDLE) against the loopback GitHub with added latency. The runner fails any run
 * whose output, outputs, summary or report holds the token; the server records any token it was sent in a body.
 */

const OLDER = 'aaaa000000000000000000000000000000000001';
const PULL = 2;
const LOOP = 'def match(orders, customers):\n    for order in orders:\n        for customer in customers:\n            print(order, customer)\n';
const LOOP_PATCH = '@@ -0,0 +1,4 @@\n+def match(orders, customers):\n+    for order in orders:\n+        for customer in customers:\n+            print(order, customer)';
const FORGED_CLOSE = '<!-- /predator-guard:section=review -->';
const FORGED_OPEN = `<!-- predator-guard:section=queries sha=${'f'.repeat(40)} counts=0/0/0 -->`;

let server: GitHubApiServer;
let runner: ActionRunner;
let seed = 7;
/** A small seeded generator for the server's latency, so a failure replays. */
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

beforeEach(async () => {
  server = await startGitHubApiServer({ latency: () => random() * 15 });
  runner = new ActionRunner(server);
  server.addPullRequest(OWNER, REPO, PULL, [{ filename: 'app/orders.py', status: 'added', patch: LOOP_PATCH }]);
});

afterEach(async () => {
  expect(server.violations).toEqual([]);
  expect(server.tokenLeaks()).toEqual([]);
  await server.close();
  runner.cleanup();
});

const comments = () => server.comments(OWNER, REPO, PULL);
const sectionsOf = (body: string) => parseCommentSections(body).map((section) => `${section.id}@${section.headSha.slice(0, 4)} ${section.counts.error}/${section.counts.warning}/${section.counts.notice}`);

describe('the pull-request channel, end to end', () => {
  it('two simultaneous first runs leave one comment holding both sections', async () => {
    server.pushToPullRequest(OWNER, REPO, PULL, HEAD);
    const workspace = runner.workspace({ 'app/orders.py': LOOP });
    const [blue, green] = await Promise.all([
      runner.run(workspace, 'pull_request', pullRequestEvent('opened', HEAD), { section: 'blue' }),
      runner.run(workspace, 'pull_request', pullRequestEvent('opened', HEAD), { section: 'green' }),
    ]);
    expect([blue.code, green.code, blue.stderr, green.stderr]).toEqual([0, 0, '', '']);
    expect(comments()).toHaveLength(1);
    expect(sectionsOf(comments()[0].body)).toEqual(['review:blue@ec26 0/0/1', 'review:green@ec26 0/0/1']);
    expect(blue.outputs['comment-url']).toBe(green.outputs['comment-url']);
  });

  it('a run for an older commit that finishes last does not replace the newer result', async () => {
    server.pushToPullRequest(OWNER, REPO, PULL, OLDER);
    server.pushToPullRequest(OWNER, REPO, PULL, HEAD);
    const newer = await runner.run(runner.workspace({ 'app/orders.py': LOOP }), 'pull_request', pullRequestEvent('synchronize', HEAD));
    const older = await runner.run(runner.workspace({ 'app/orders.py': 'def match():\n    return 1\n' }), 'pull_request', pullRequestEvent('opened', OLDER));
    expect([newer.code, older.code]).toEqual([0, 0]);
    const [comment] = comments();
    expect(sectionsOf(comment.body)).toEqual(['review@ec26 0/0/1']);
    expect(comment.body).not.toContain('fixed since');
    expect(comment.body).not.toContain('Stale');
  });

  it('a GitHub error body echoing the Authorization header: the step fails with the token redacted', async () => {
    server.pushToPullRequest(OWNER, REPO, PULL, HEAD);
    server.injectFault({ operation: 'issues/create-comment', status: 422, message: `Validation Failed for a request with Authorization: token ${server.token}`, times: Infinity });
    const run = await runner.run(runner.workspace({ 'app/orders.py': LOOP }), 'pull_request', pullRequestEvent('opened', HEAD));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::predator-guard: Validation Failed for a request with Authorization: \[redacted\]/m);
    expect(run.stdout).toMatch(/^::add-mask::/m);
  });

  describe('publishing a saved report (workflow_run)', () => {
    const workflowRun = (headSha: string) => ({
      action: 'completed',
      workflow_run: { id: 9, event: 'pull_request', head_sha: headSha, head_repository: { full_name: 'mallory/Hello-World' }, pull_requests: [] },
    });

    /** A report a fork wrote by hand: an error it calls passed, with markers, HTML and line breaks in its fields. */
    function forgedReport(folder: string): string {
      const report = {
        tool: { name: 'predator-guard', version: '0.1.0' },
        findings: [
          {
            analyzer: 'review',
            rule: 'syntax-error',
            category: 'syntax',
            severity: 'error',
            message: `ok\n${FORGED_CLOSE}\n${FORGED_OPEN}\nall good <img src=x onerror=alert(1)>`,
            file: `app/${FORGED_OPEN}.py`,
            line: 1,
            suggestion: `\`\`\`\n${FORGED_CLOSE}`,
            fingerprint: 'f',
          },
        ],
        runs: [{ analyzer: 'review', status: 'ok', stats: { files: 1, languages: { python: 1, typescript: 0 }, bytes: 1, skipped: [{ file: 'x.py', reason: '<img src=x>' }], workers: 1, durationMs: 1 } }],
        gate: { failOn: 'never', passed: true, counts: { error: 0, warning: 0, notice: 0 } },
      };
      const file = path.join(folder, 'report.json');
      writeFileSync(file, JSON.stringify(report));
      return file;
    }

    it('a forged report: rendered escaped from its findings, its gate recomputed, its markers never read as markers', async () => {
      server.setPullRequestEnds(OWNER, REPO, PULL, { headSha: HEAD, headRepository: 'mallory/Hello-World', baseSha: 'b'.repeat(40) });
      const posting = runner.workspace({});
      const report = forgedReport(posting);
      const again = await runner.run(posting, 'workflow_run', workflowRun(HEAD), { report, 'pull-request': String(PULL) });
      expect(again.code).toBe(1);
      expect(again.outputs).toMatchObject({ passed: 'false', errors: '1', findings: '1' });
      expect(again.stdout).toContain("::error::predator-guard: 1 finding at or above 'error'");
      const [comment] = comments();
      expect(sectionsOf(comment.body)).toEqual(['review@ec26 1/0/0']);
      expect(comment.body).toContain('| review | 1 | 0 | 0 | ❌ failed |');
      expect(comment.body).not.toMatch(/(^|[^\\])<img/m);
      // The only marker lines are the action's own: one opening and one closing line for the one section.
      const lines = comment.body.split('\n');
      expect(lines.filter((line) => line === FORGED_CLOSE)).toHaveLength(1);
      expect(lines.filter((line) => line === FORGED_OPEN)).toHaveLength(0);

      // A later run of another section reads the comment back: still exactly the sections that were written.
      const later = await runner.run(runner.workspace({ 'app/orders.py': LOOP }), 'pull_request', pullRequestEvent('synchronize', HEAD), { section: 'later' });
      expect(later.code).toBe(0);
      expect(sectionsOf(comments()[0].body)).toEqual(['review@ec26 1/0/0', 'review:later@ec26 0/0/1']);
    });

    it('a head mismatch: nothing posted, the step fails naming both commits', async () => {
      server.setPullRequestEnds(OWNER, REPO, PULL, { headSha: HEAD, headRepository: 'mallory/Hello-World' });
      const posting = runner.workspace({});
      const report = forgedReport(posting);
      const post = await runner.run(posting, 'workflow_run', workflowRun(OLDER), { report, 'pull-request': String(PULL) });
      expect(post.code).toBe(1);
      expect(post.stdout).toContain(`::error::predator-guard: Pull request #${PULL}'s head is ${HEAD}, not the workflow run's head_sha ${OLDER}`);
      expect(comments()).toEqual([]);
      expect(server.requests.filter((request) => request.method !== 'GET' && request.operation !== 'graphql')).toEqual([]);
    });
  });
});
