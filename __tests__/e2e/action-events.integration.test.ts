import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { startGitHubApiServer, type GitHubApiServer, type StoredAnnotation } from '../helpers/github-api-server.js';
import { ActionRunner, HEAD, OWNER, REPO, pullRequestEvent, type ActionRun } from '../helpers/action-runner.js';

/**
 * The action's less common paths, end to end: pull_request_target (the head's files fetched as data), a check run
 * carrying every annotation (and its 403 fallback), and a push that creates a branch. Each run is dist/action.js
 * under Node 24 against the loopback GitHub, as in action.integration.test.ts.
 */

const webhookExamples = createRequire(import.meta.url)('@octokit/webhooks-examples/api.github.com/index.json') as {
  name: string;
  examples: Record<string, unknown>[];
}[];

/** GitHub's example pull_request payload is pull request #2. */
const PULL_NUMBER = 2;
/** The pull request's head; under pull_request_target GITHUB_SHA is the base branch's commit (HEAD), not this one. */
const PULL_HEAD = '9049f1265b7d61be4a8904a9a27120d2064dab3b';
const FORK = 'octocat-fork/Hello-World';

const BASE_ORDERS = [
  'def match(orders, customers):',
  '    matched = []',
  '    for order in orders:',
  '        matched.append(order)',
  '    return matched',
  '',
].join('\n');
/** The pull request nests a new loop (lines 4–5) inside the old one. */
const HEAD_ORDERS = [
  'def match(orders, customers):',
  '    matched = []',
  '    for order in orders:',
  '        for customer in customers:',
  '            matched.append((order, customer))',
  '    return matched',
  '',
].join('\n');
const HEAD_ORDERS_PATCH = [
  '@@ -3,3 +3,4 @@ def match(orders, customers):',
  '     for order in orders:',
  '-        matched.append(order)',
  '+        for customer in customers:',
  '+            matched.append((order, customer))',
  '     return matched',
].join('\n');
const NESTED_LOOP_ANNOTATION =
  "::notice file=app/orders.py,line=4,endLine=5,title=predator-guard nested-loop::'customers' is scanned once for every item of 'orders'." +
  '%0AIndex the inner collection (a dict or set) once outside the outer loop, so each lookup is O(1).';
/** Old code nobody touched: reviewing the workspace instead of the changed files would report it. */
const LEGACY = 'def legacy():\n    try:\n        return load()\n    except:\n        return None\n';

const REFUSAL =
  "::error::predator-guard: Refusing to follow rollouts in a cluster for a fork pull request under pull_request_target: the pull request's files would reach a system this repository's secrets reach. Run the rollout check on pull_request, or after the change is merged; the manifest lint (no rollout names) is allowed.";

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

/** Every workflow-command annotation the run printed (not the plain `::warning::` log lines). */
function annotationLines(run: ActionRun): string[] {
  return run.stdout.match(/^::(?:error|warning|notice) file=.*$/gm) ?? [];
}

/** Warnings logged as messages, not attached to a line. */
function plainWarnings(run: ActionRun): string[] {
  return run.stdout.match(/^::warning::.*$/gm) ?? [];
}

/** The JSON report the run wrote (output `report-file`), reduced to where each finding points. */
function reportedPlaces(run: ActionRun): { file: string; line: number; rule: string }[] {
  const report = JSON.parse(readFileSync(run.outputs['report-file'], 'utf8')) as { findings: { file: string; line: number; rule: string }[] };
  return report.findings.map(({ file, line, rule }) => ({ file, line, rule }));
}

/** The GitHub operations the run called, in order, of one API family (`checks/`, `repos/`, …). */
function requestedOperations(prefix: string): string[] {
  return server.requests.filter((request) => request.operation.startsWith(prefix)).map((request) => request.operation);
}

/** The contents API paths the run read, decoded. */
function contentRequests(): string[] {
  return server.requests.filter((request) => request.operation === 'repos/get-content').map((request) => decodeURIComponent(request.path));
}

/** A pull request opened from another repository: head and base name different repositories. */
function forkPullRequestEvent(): Record<string, unknown> {
  const payload = pullRequestEvent('opened', PULL_HEAD) as { pull_request: { head: { repo: { full_name: string } } } };
  payload.pull_request.head.repo.full_name = FORK;
  return payload;
}

describe('the action on pull_request_target', () => {
  it("reviews the pull request's head version of each changed file, fetched as data, under its repository path", async () => {
    const workspace = runner.workspace({ 'app/orders.py': BASE_ORDERS, 'app/legacy.py': LEGACY });
    server.addPullRequest(OWNER, REPO, PULL_NUMBER, [{ filename: 'app/orders.py', status: 'modified', patch: HEAD_ORDERS_PATCH }]);
    server.setFileContent(OWNER, REPO, PULL_HEAD, 'app/orders.py', HEAD_ORDERS);

    const run = await runner.run(workspace, 'pull_request_target', pullRequestEvent('opened', PULL_HEAD));

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(annotationLines(run)).toEqual([NESTED_LOOP_ANNOTATION]);
    expect(reportedPlaces(run)).toEqual([{ file: 'app/orders.py', line: 4, rule: 'nested-loop' }]);
    expect(run.outputs).toMatchObject({ passed: 'true', findings: '1', notices: '1' });
    const comments = server.comments(OWNER, REPO, PULL_NUMBER);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain(`[app/orders.py:4](https://github.com/${OWNER}/${REPO}/blob/${PULL_HEAD}/app/orders.py#L4-L5)`);
    expect(comments[0].body).not.toContain('legacy.py');
    expect(contentRequests()).toEqual([
      `/repos/${OWNER}/${REPO}/contents/app/orders.py?ref=${PULL_HEAD}`,
    ]);
  });

  it('ignores the workspace copy: a nested loop only the base branch has is not reported', async () => {
    const workspace = runner.workspace({ 'app/orders.py': HEAD_ORDERS });
    const unnestingPatch = [
      '@@ -3,4 +3,3 @@ def match(orders, customers):',
      '     for order in orders:',
      '-        for customer in customers:',
      '-            matched.append((order, customer))',
      '+        matched.append(order)',
      '     return matched',
    ].join('\n');
    server.addPullRequest(OWNER, REPO, PULL_NUMBER, [{ filename: 'app/orders.py', status: 'modified', patch: unnestingPatch }]);
    server.setFileContent(OWNER, REPO, PULL_HEAD, 'app/orders.py', BASE_ORDERS);

    const run = await runner.run(workspace, 'pull_request_target', pullRequestEvent('opened', PULL_HEAD));

    expect(run.code).toBe(0);
    expect(annotationLines(run)).toEqual([]);
    expect(reportedPlaces(run)).toEqual([]);
    expect(run.outputs).toMatchObject({ passed: 'true', findings: '0' });
  });

  it('writes no file outside its scratch folder for a path-traversal file name, and still reviews the rest', async () => {
    const escapedIntoRunnerTemp = path.join(runner.scratch, 'escaped.py');
    const escapedIntoSystem = path.resolve(runner.scratch, '..', 'etc', 'evil.py');
    expect(existsSync(escapedIntoSystem)).toBe(false);
    const workspace = runner.workspace({ 'app/orders.py': BASE_ORDERS });
    server.addPullRequest(OWNER, REPO, PULL_NUMBER, [
      { filename: '../escaped.py', status: 'added', patch: '@@ -0,0 +1,1 @@\n+import os' },
      { filename: '../../etc/evil.py', status: 'added', patch: '@@ -0,0 +1,1 @@\n+import os' },
      { filename: 'app/orders.py', status: 'modified', patch: HEAD_ORDERS_PATCH },
    ]);
    // Served, so only the action's own guard can keep them out of the file system.
    server.setFileContent(OWNER, REPO, PULL_HEAD, '../escaped.py', 'import os\n');
    server.setFileContent(OWNER, REPO, PULL_HEAD, '../../etc/evil.py', 'import os\n');
    server.setFileContent(OWNER, REPO, PULL_HEAD, 'app/orders.py', HEAD_ORDERS);

    const run = await runner.run(workspace, 'pull_request_target', pullRequestEvent('opened', PULL_HEAD));

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(existsSync(escapedIntoRunnerTemp)).toBe(false);
    expect(existsSync(escapedIntoSystem)).toBe(false);
    expect(annotationLines(run)).toEqual([NESTED_LOOP_ANNOTATION]);
    expect(reportedPlaces(run)).toEqual([{ file: 'app/orders.py', line: 4, rule: 'nested-loop' }]);
    expect(contentRequests()).toEqual([
      `/repos/${OWNER}/${REPO}/contents/app/orders.py?ref=${PULL_HEAD}`,
    ]);
  });

  it('refuses the rollout check for a fork pull request, before reading anything of it', async () => {
    const workspace = runner.workspace({ 'app/orders.py': BASE_ORDERS });
    server.addPullRequest(OWNER, REPO, PULL_NUMBER, [{ filename: 'app/orders.py', status: 'modified', patch: HEAD_ORDERS_PATCH }]);
    server.setFileContent(OWNER, REPO, PULL_HEAD, 'app/orders.py', HEAD_ORDERS);

    const run = await runner.run(workspace, 'pull_request_target', forkPullRequestEvent(), { checks: 'review,rollout', rollout: 'web' });

    expect(run.code).toBe(1);
    expect(run.stdout.match(/^::error::.*$/gm)).toEqual([REFUSAL]);
    expect(server.requests).toEqual([]);
    expect(server.comments(OWNER, REPO, PULL_NUMBER)).toHaveLength(0);
  });

  it('does not refuse the rollout check when the pull request comes from the repository itself', async () => {
    const workspace = runner.workspace({ 'app/orders.py': BASE_ORDERS });
    server.addPullRequest(OWNER, REPO, PULL_NUMBER, [{ filename: 'app/orders.py', status: 'modified', patch: HEAD_ORDERS_PATCH }]);
    server.setFileContent(OWNER, REPO, PULL_HEAD, 'app/orders.py', HEAD_ORDERS);

    const run = await runner.run(workspace, 'pull_request_target', pullRequestEvent('opened', PULL_HEAD), { checks: 'review,rollout', 'allow-empty': 'true' });

    // Not refused: the review runs, and the rollout check lints the workspace's manifests (it has none, which
    // allow-empty accepts).
    expect(run.code).toBe(0);
    expect(run.stdout.match(/^::error::.*$/gm)).toBeNull();
    expect(annotationLines(run)).toEqual([NESTED_LOOP_ANNOTATION]);
  });

  it('reviews a fork pull request normally with the default checks', async () => {
    const workspace = runner.workspace({ 'app/orders.py': BASE_ORDERS });
    server.addPullRequest(OWNER, REPO, PULL_NUMBER, [{ filename: 'app/orders.py', status: 'modified', patch: HEAD_ORDERS_PATCH }]);
    server.setFileContent(OWNER, REPO, PULL_HEAD, 'app/orders.py', HEAD_ORDERS);

    const run = await runner.run(workspace, 'pull_request_target', forkPullRequestEvent());

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('::error::');
    expect(annotationLines(run)).toEqual([NESTED_LOOP_ANNOTATION]);
    expect(reportedPlaces(run)).toEqual([{ file: 'app/orders.py', line: 4, rule: 'nested-loop' }]);
    expect(server.comments(OWNER, REPO, PULL_NUMBER)).toHaveLength(1);
  });
});

describe('the action with check-run: true', () => {
  const HANDLER_COUNT = 60;
  /** Sixty handlers, each with a bare except on line 6·i+4: more warnings than workflow commands may show. */
  const HANDLERS = Array.from({ length: HANDLER_COUNT }, (_, index) =>
    [`def handler_${index}():`, '    try:', '        return load()', '    except:', '        return None', ''].join('\n'),
  ).join('\n');
  const EXCEPT_LINES = Array.from({ length: HANDLER_COUNT }, (_, index) => 6 * index + 4);
  const BARE_EXCEPT_MESSAGE = "Bare 'except:' catches everything, including KeyboardInterrupt and SystemExit.";
  const BARE_EXCEPT_SUGGESTION = 'Catch the exceptions you expect (e.g. `except ValueError:`), or `except Exception:` and log it.';

  /** The diff GitHub lists for a newly added file: every line added. */
  function addedFilePatch(content: string): string {
    const lines = content.endsWith('\n') ? content.slice(0, -1).split('\n') : content.split('\n');
    return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((line) => `+${line}`)].join('\n');
  }

  function expectedCheckRunAnnotation(line: number): StoredAnnotation {
    return {
      path: 'app/handlers.py',
      start_line: line,
      end_line: line,
      start_column: 5,
      end_column: 12,
      annotation_level: 'warning',
      message: `${BARE_EXCEPT_MESSAGE}\n\n${BARE_EXCEPT_SUGGESTION}`,
      title: 'review: bare-except',
    };
  }

  function expectedWorkflowCommand(line: number): string {
    return (
      `::warning file=app/handlers.py,line=${line},endLine=${line},col=5,endColumn=12,title=predator-guard bare-except::` +
      `${BARE_EXCEPT_MESSAGE}%0A${BARE_EXCEPT_SUGGESTION}`
    );
  }

  function pullRequestAddingHandlers(): string {
    server.addPullRequest(OWNER, REPO, PULL_NUMBER, [{ filename: 'app/handlers.py', status: 'added', patch: addedFilePatch(HANDLERS) }]);
    // bare-except reports at notice by default; these tests are about warnings, which GitHub caps per step.
    return runner.workspace({ '.predator-guard.yml': 'rules:\n  bare-except: { severity: warning }\n', 'app/handlers.py': HANDLERS, 'app/legacy.py': LEGACY });
  }

  it('creates a check run on the head SHA carrying every annotation in batches of 50, and prints no annotation commands', async () => {
    const workspace = pullRequestAddingHandlers();

    const run = await runner.run(workspace, 'pull_request', pullRequestEvent('opened', HEAD), { 'check-run': 'true' });

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ passed: 'true', findings: String(HANDLER_COUNT), warnings: String(HANDLER_COUNT) });
    const checkRuns = server.checkRuns(OWNER, REPO);
    expect(checkRuns).toHaveLength(1);
    expect(checkRuns[0]).toMatchObject({ name: 'predator-guard', headSha: HEAD, status: 'completed', conclusion: 'success' });
    expect(checkRuns[0].output.title).toBe('predator-guard passed');
    expect(checkRuns[0].annotations).toEqual(EXCEPT_LINES.map(expectedCheckRunAnnotation));
    // One create, one update per batch of 50 (50 + 10), one update that completes the run.
    expect(requestedOperations('checks/')).toEqual(['checks/create', 'checks/update', 'checks/update', 'checks/update']);
    expect(annotationLines(run)).toEqual([]);
    expect(plainWarnings(run)).toEqual([]);
    expect(run.summary).not.toContain('not annotated in the diff');
  });

  it("concludes the check run as failure when the findings reach fail-on, as the step's gate does", async () => {
    const workspace = pullRequestAddingHandlers();

    const run = await runner.run(workspace, 'pull_request', pullRequestEvent('opened', HEAD), { 'check-run': 'true', 'fail-on': 'warning' });

    expect(run.code).toBe(1);
    const gateFailure = run.stdout.match(/^::error::predator-guard: (.*)$/m);
    expect(gateFailure?.[1]).toBe(`${HANDLER_COUNT} findings at or above 'warning'`);
    expect(run.outputs).toMatchObject({ passed: 'false', warnings: String(HANDLER_COUNT) });
    const [checkRun] = server.checkRuns(OWNER, REPO);
    expect(checkRun).toMatchObject({ headSha: HEAD, status: 'completed', conclusion: 'failure' });
    expect(checkRun.output.title).toBe(`predator-guard: ${gateFailure?.[1]}`);
    expect(checkRun.annotations).toHaveLength(HANDLER_COUNT);
    expect(annotationLines(run)).toEqual([]);
  });

  it('falls back to ten workflow-command annotations per level, with one warning, when creating the check run gets 403', async () => {
    const workspace = pullRequestAddingHandlers();
    server.injectFault({ operation: 'checks/create', status: 403, message: 'Resource not accessible by integration' });

    const run = await runner.run(workspace, 'pull_request', pullRequestEvent('opened', HEAD), { 'check-run': 'true' });

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(plainWarnings(run)).toEqual([
      "::warning::predator-guard could not create the check run 'predator-guard': GitHub answered 403 (Resource not accessible by integration - " +
        'https://docs.github.com/rest/reference/checks#create-a-check-run). Grant `checks: write` to the job for check-run: true; the findings are ' +
        'annotated through workflow commands instead.',
    ]);
    expect(annotationLines(run)).toEqual(EXCEPT_LINES.slice(0, 10).map(expectedWorkflowCommand));
    expect(run.summary).toContain(
      `> ${HANDLER_COUNT - 10} findings are listed here but not annotated in the diff: GitHub shows at most 10 annotations of each level per step.`,
    );
    expect(server.checkRuns(OWNER, REPO)).toEqual([]);
    expect(requestedOperations('checks/')).toEqual(['checks/create']);
    expect(run.outputs).toMatchObject({ passed: 'true', warnings: String(HANDLER_COUNT) });
  });
});

describe('the action on a push that creates a branch', () => {
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
  /** The pushed commit wraps an old loop in a new outer loop (line 3); the bare except (line 12) is old code. */
  const ORDERS_PATCH = '@@ -2,4 +2,5 @@ def match(orders, customers):\n     matched = []\n+    for order in orders:\n         for customer in customers:\n             matched.append((order, customer))\n     return matched';
  const BARE_EXCEPT_ANNOTATION =
    "::notice file=app/orders.py,line=12,endLine=12,col=5,endColumn=12,title=predator-guard bare-except::Bare 'except:' catches everything, " +
    'including KeyboardInterrupt and SystemExit.%0ACatch the exceptions you expect (e.g. `except ValueError:`), or `except Exception:` and log it.';

  /** GitHub's own example of a push that created a branch (`before` is all zeros). */
  function branchCreationEvent(): { before: string; after: string } & Record<string, unknown> {
    const example = webhookExamples
      .find((event) => event.name === 'push')!
      .examples.find((payload) => payload.created === true && String(payload.ref).startsWith('refs/heads/'))!;
    return structuredClone(example) as { before: string; after: string } & Record<string, unknown>;
  }

  it("reviews the pushed commit's changed files whole, old findings included, and nothing else", async () => {
    const event = branchCreationEvent();
    expect(event.before).toBe('0'.repeat(40));
    const workspace = runner.workspace({ 'app/orders.py': ORDERS, 'app/legacy.py': LEGACY });
    server.setCommit(OWNER, REPO, event.after, [{ filename: 'app/orders.py', status: 'modified', patch: ORDERS_PATCH }]);

    const run = await runner.run(workspace, 'push', event);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(annotationLines(run)).toEqual([
      NESTED_LOOP_ANNOTATION,
      BARE_EXCEPT_ANNOTATION,
    ]);
    expect(reportedPlaces(run)).toEqual([
      { file: 'app/orders.py', line: 4, rule: 'nested-loop' },
      { file: 'app/orders.py', line: 12, rule: 'bare-except' },
    ]);
    expect(JSON.parse(readFileSync(run.outputs['report-file'], 'utf8')).runs[0].stats.diff).toMatchObject({ mode: 'file', changedFiles: 1 });
    expect(requestedOperations('repos/')).toEqual(['repos/get-commit']);
    expect(requestedOperations('issues/')).toEqual([]);
  });

  it('keeps only the added lines when the same commit is pushed onto an existing branch', async () => {
    const event = { ...branchCreationEvent(), before: '6113728f27ae82c7b1a177c8d03f9e96e0adf246', after: HEAD };
    const workspace = runner.workspace({ 'app/orders.py': ORDERS, 'app/legacy.py': LEGACY });
    server.setComparison(OWNER, REPO, `${event.before}...${HEAD}`, [{ filename: 'app/orders.py', status: 'modified', patch: ORDERS_PATCH }]);

    const run = await runner.run(workspace, 'push', event);

    expect(run.code).toBe(0);
    expect(annotationLines(run)).toEqual([
      NESTED_LOOP_ANNOTATION,
    ]);
    expect(requestedOperations('repos/')).toEqual(['repos/compare-commits-with-basehead']);
  });
});
