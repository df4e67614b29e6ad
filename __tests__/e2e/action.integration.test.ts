import { readFileSync } from 'node:fs';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';
import { ActionRunner, HEAD, OWNER, REPO, pullRequestEvent } from '../helpers/action-runner.js';

const NEXT_HEAD = 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e';

const ORDERS = [
  'def match(orders, customers):',
  '    matched = []',
  '    for order in orders:',
  '        for customer in customers:',
  '            matched.append((order, customer))',
  '    return matched',
  '',
  '',
  'def load(path):',
  '    try:',
  '        return open(path).read()',
  '    except:',
  '        return None',
  '',
].join('\n');
/** The pull request wraps an old loop in a new outer loop (line 3); the bare except (line 12) is old code. */
const ORDERS_PATCH = '@@ -2,4 +2,5 @@ def match(orders, customers):\n     matched = []\n+    for order in orders:\n         for customer in customers:\n             matched.append((order, customer))\n     return matched';

let server: GitHubApiServer;
let runner: ActionRunner;

beforeEach(async () => {
  server = await startGitHubApiServer();
  runner = new ActionRunner(server);
});

afterEach(async () => {
  expect(server.violations).toEqual([]);
  expect(server.tokenLeaks()).toEqual([]);
  await server.close();
  runner.cleanup();
});

const runAction = (...args: Parameters<ActionRunner['run']>) => runner.run(...args);
const workspaceWith = (files: Record<string, string>) => runner.workspace(files);

describe('the action on a pull request', () => {
  it('reviews the changed lines, keeps one comment across pushes, annotates, summarises and sets its outputs', async () => {
    const workspace = workspaceWith({ 'app/orders.py': ORDERS, 'app/untouched.py': 'try:\n    pass\nexcept:\n    pass\n' });
    server.addPullRequest(OWNER, REPO, 2, [{ filename: 'app/orders.py', status: 'modified', patch: ORDERS_PATCH }]);
    server.pushToPullRequest(OWNER, REPO, 2, HEAD);

    const first = await runAction(workspace, 'pull_request', pullRequestEvent('opened', HEAD));
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      "::notice file=app/orders.py,line=4,endLine=5,title=predator-guard nested-loop::'customers' is scanned once for every item of 'orders'.",
    );
    expect(first.stdout).not.toContain('bare-except');
    const comments = server.comments(OWNER, REPO, 2);
    expect(comments).toHaveLength(1);
    expect(comments[0].body.split('\n').slice(0, 8)).toEqual([
      '<!-- predator-guard:v1 key=predator-guard -->',
      '',
      '## predator-guard',
      '',
      '| section | errors | warnings | notices | gate | commit |',
      '|:--|--:|--:|--:|:--|:--|',
      `| review | 0 | 0 | 1 | ✅ passed | \`${HEAD.slice(0, 7)}\` |`,
      '',
    ]);
    expect(comments[0].body).toContain(`<!-- predator-guard:section=review sha=${HEAD} counts=0/0/1 gate=passed -->\n### review\n`);
    expect(comments[0].body).toContain(`[app/orders.py:4](https://github.com/${OWNER}/${REPO}/blob/${HEAD}/app/orders.py#L4-L5)`);
    expect(first.outputs).toMatchObject({ passed: 'true', findings: '1', errors: '0', warnings: '0', notices: '1' });
    expect(first.outputs['comment-url']).toBe(`https://github.com/${OWNER}/${REPO}/pull/2#issuecomment-${comments[0].id}`);
    expect(JSON.parse(readFileSync(first.outputs['report-file'], 'utf8')).runs[0].stats.diff).toMatchObject({ mode: 'added', changedFiles: 1 });
    expect(first.summary).toContain("'customers' is scanned once for every item of 'orders'.");

    server.pushToPullRequest(OWNER, REPO, 2, NEXT_HEAD);
    const second = await runAction(workspace, 'pull_request', pullRequestEvent('synchronize', NEXT_HEAD));
    expect(second.code).toBe(0);
    const after = server.comments(OWNER, REPO, 2);
    expect(after).toHaveLength(1);
    expect(after[0].id).toBe(comments[0].id);
    expect(after[0].body).toContain(`<!-- predator-guard:section=review sha=${NEXT_HEAD} counts=0/0/1 gate=passed -->`);
  });

  it('writes its section beside the one a later rollout job keeps in the same comment', async () => {
    const workspace = workspaceWith({ 'app/orders.py': ORDERS });
    server.addPullRequest(OWNER, REPO, 2, [{ filename: 'app/orders.py', status: 'modified', patch: ORDERS_PATCH }]);
    const rollout = [
      '<!-- predator-guard:v1 key=predator-guard -->',
      '',
      `<!-- predator-guard:section=rollout sha=${HEAD} counts=0/0/0 -->`,
      '**predator-guard rollout**: ✅ No findings.',
      '<!-- /predator-guard:section=rollout -->',
    ].join('\n');
    server.addComment(OWNER, REPO, 2, { body: rollout, author: 'github-actions[bot]' });
    server.pushToPullRequest(OWNER, REPO, 2, HEAD);
    const run = await runAction(workspace, 'pull_request', pullRequestEvent('synchronize', HEAD));
    expect(run.code).toBe(0);
    const [comment] = server.comments(OWNER, REPO, 2);
    const sections = [...comment.body.matchAll(/<!-- predator-guard:section=(\w+) /g)].map((match) => match[1]);
    expect(sections).toEqual(['review', 'rollout']);
    expect(comment.body).toContain('**predator-guard rollout**: ✅ No findings.');
    // The earlier version's rollout marker has no gate: the summary table says so rather than guess.
    expect(comment.body).toContain(`| rollout | 0 | 0 | 0 | — | \`${HEAD.slice(0, 7)}\` |`);
  });

  it('fails the step when a changed file does not parse, with a one-line reason', async () => {
    const workspace = workspaceWith({ 'web/broken.ts': 'export function broken(a: number {\n  return a;\n}\n' });
    server.addPullRequest(OWNER, REPO, 2, [{ filename: 'web/broken.ts', status: 'added', patch: '@@ -0,0 +1,3 @@\n+export function broken(a: number {\n+  return a;\n+}' }]);
    const run = await runAction(workspace, 'pull_request', pullRequestEvent('opened', HEAD));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::predator-guard: 1 finding at or above 'error'");
    expect(run.outputs).toMatchObject({ passed: 'false', errors: '1' });
  });

  it("keeps summary, annotations, outputs and gate when a fork's token may not comment", async () => {
    const workspace = workspaceWith({ 'app/orders.py': ORDERS });
    server.addPullRequest(OWNER, REPO, 2, [{ filename: 'app/orders.py', status: 'modified', patch: ORDERS_PATCH }]);
    server.forbidCommentWrites();
    const run = await runAction(workspace, 'pull_request', pullRequestEvent('opened', HEAD));
    expect(run.code).toBe(0);
    expect(run.stdout.match(/^::warning::.*$/gm)).toHaveLength(1);
    expect(run.stdout).toContain('::notice file=app/orders.py,line=4');
    expect(run.summary).toContain("'customers' is scanned once");
    expect(run.outputs).toMatchObject({ passed: 'true', notices: '1' });
    expect(run.outputs['comment-url']).toBeUndefined();
    expect(server.comments(OWNER, REPO, 2)).toHaveLength(0);
  });

  it('names a bad input and fails the step', async () => {
    const workspace = workspaceWith({ 'a.py': '' });
    const run = await runAction(workspace, 'pull_request', pullRequestEvent('opened', HEAD), { 'filter-mode': 'changed' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::predator-guard: input 'filter-mode': got \"changed\"; expected one of added, diff-context, file, nofilter.");
  });
});

describe('the fork-safe pair', () => {
  it('analyzes without commenting, then a workflow_run job posts the saved report to the pull request', async () => {
    const workspace = workspaceWith({ 'app/orders.py': ORDERS });
    server.addPullRequest(OWNER, REPO, 2, [{ filename: 'app/orders.py', status: 'modified', patch: ORDERS_PATCH }]);
    const analysis = await runAction(workspace, 'pull_request', pullRequestEvent('opened', HEAD), { comment: 'false' });
    expect(analysis.code).toBe(0);
    expect(server.comments(OWNER, REPO, 2)).toHaveLength(0);

    server.pushToPullRequest(OWNER, REPO, 2, HEAD);
    const posting = runner.workspace({});
    const workflowRun = { action: 'completed', workflow_run: { id: 7, event: 'pull_request', head_sha: HEAD, head_repository: { full_name: `${OWNER}/${REPO}` }, pull_requests: [] } };
    const post = await runAction(posting, 'workflow_run', workflowRun, { report: analysis.outputs['report-file'], 'pull-request': '2' });
    expect(post.stderr).toBe('');
    expect(post.code).toBe(0);
    const [comment] = server.comments(OWNER, REPO, 2);
    expect(comment.body).toContain(`<!-- predator-guard:section=review sha=${HEAD} counts=0/0/1 gate=passed -->`);
    expect(comment.body).toContain("'customers' is scanned once for every item of 'orders'.");
    expect(post.stdout).not.toContain('::notice file=');
  });

  it('refuses a file that is not a predator-guard report, naming it', async () => {
    const posting = runner.workspace({ 'report.json': '{"findings": "all good"}' });
    const post = await runAction(posting, 'workflow_run', { workflow_run: { head_sha: HEAD } }, { report: 'report.json', 'pull-request': '2' });
    expect(post.code).toBe(1);
    expect(post.stdout).toContain("is not a predator-guard JSON report this version can publish (the report: must have required property 'tool'); nothing was posted.");
  });
});

describe('the action on other events', () => {
  it('on push compares before…after and comments nowhere', async () => {
    const workspace = workspaceWith({ 'app/orders.py': ORDERS });
    const before = '6113728f27ae82c7b1a177c8d03f9e96e0adf246';
    server.setComparison(OWNER, REPO, `${before}...${HEAD}`, [{ filename: 'app/orders.py', status: 'modified', patch: ORDERS_PATCH }]);
    const run = await runAction(workspace, 'push', { ref: 'refs/heads/main', before, after: HEAD });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::notice file=app/orders.py,line=4,');
    expect(run.outputs).toMatchObject({ findings: '1' });
    expect(server.requests.filter((request) => request.operation.startsWith('issues/'))).toEqual([]);
  });

  it('on workflow_dispatch reviews everything under paths', async () => {
    const workspace = workspaceWith({ 'app/orders.py': ORDERS });
    const run = await runAction(workspace, 'workflow_dispatch', { inputs: {} });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ findings: '2', notices: '2' });
  });

  it('on any other event says there is nothing to do and succeeds', async () => {
    const workspace = workspaceWith({ 'a.py': '' });
    const run = await runAction(workspace, 'issues', { action: 'opened' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("::notice::predator-guard has nothing to review for a 'issues' event");
  });
});
