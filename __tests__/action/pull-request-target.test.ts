import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveTarget } from '../../src/action/event-target.js';
import type { GitHubContext } from '../../src/action/github-context.js';
import { defaultConfig, type Config } from '../../src/core/config/config.js';
import { createGitHubClient, type GitHubClient } from '../../src/github/octokit.js';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';
import { filesUnder } from '../helpers/files-under.js';
import { makeTree } from '../helpers/temp-tree.js';

/**
 * pull_request_target: the workspace holds the base branch, the job holds secrets. The pull request's files reach
 * the analyzers as data in a scratch folder (head versions of what it changed, base versions of the other files the
 * config names), and nothing of them may reach a database, Prometheus or cluster that the secrets reach.
 */

const HEAD = 'feed000000000000000000000000000000000003';
const OWNER = 'octo';
const REPO = 'shop';

let server: GitHubApiServer;
let octokit: GitHubClient;
let tree: { root: string; cleanup: () => void };
let scratch: { root: string; cleanup: () => void };

beforeEach(async () => {
  server = await startGitHubApiServer();
  octokit = createGitHubClient({ token: server.token, apiUrl: server.url, log: { info: () => {}, warning: () => {} }, retryAfterBaseValue: 1, spaceWrites: false });
  tree = makeTree({
    'sql/schema.sql': 'create table orders (id int, customer int);\n',
    'sql/seed.sql': 'insert into orders values (1, 1);\n',
    'sql/q.sql': 'select * from orders;\n',
    'deploy/templates.yaml': 'kind: AnalysisTemplate\n',
    'deploy/notes.txt': 'not a manifest\n',
    'app/legacy.py': 'x = 1\n',
    // A link in the base checkout is never followed out of it, even where a glob names it.
    'sql/evil.sql': { symlink: '/etc/passwd' },
  });
  scratch = makeTree({});
  server.addPullRequest(OWNER, REPO, 5, [
    { filename: 'sql/q.sql', status: 'modified', patch: '@@ -1 +1 @@\n-select * from orders;\n+select * from orders where customer = 1;' },
    { filename: 'deploy/rollout.yaml', status: 'added', patch: '@@ -0,0 +1 @@\n+kind: Rollout' },
  ]);
  server.setFileContent(OWNER, REPO, HEAD, 'sql/q.sql', 'select * from orders where customer = 1;\n');
  server.setFileContent(OWNER, REPO, HEAD, 'deploy/rollout.yaml', 'kind: Rollout\n');
});

afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
  tree.cleanup();
  scratch.cleanup();
});

function context(fromFork: boolean): GitHubContext {
  const pullRequest = {
    number: 5,
    changed_files: 2,
    head: { sha: HEAD, repo: { full_name: fromFork ? 'mallory/shop' : `${OWNER}/${REPO}` } },
    base: { repo: { full_name: `${OWNER}/${REPO}` } },
  };
  return {
    eventName: 'pull_request_target',
    payload: { pull_request: pullRequest },
    owner: OWNER,
    repo: REPO,
    sha: 'b'.repeat(40),
    serverUrl: 'https://github.com',
    apiUrl: server.url,
    graphqlUrl: `${server.url}/graphql`,
    workspace: tree.root,
    runnerTemp: scratch.root,
  };
}

function config(settings: Record<string, unknown>, checks: Config['checks'] = ['queries', 'rollout']): Config {
  return { ...defaultConfig(tree.root), checks, settings: { queries: ['sql/q.sql'], schema: ['sql/*.sql'], seed: ['sql/seed.sql'], ...settings } };
}

/** Every file under the target's root, relative to it. */
function targetFiles(root: string): string[] {
  return filesUnder(root, /./).map((file) => path.relative(root, file));
}

describe('pull_request_target', () => {
  it('gives the analyzers the head’s changed SQL and manifests and the base’s other named files, as data', async () => {
    const target = await resolveTarget(context(true), octokit, config({}));
    if (target.kind !== 'pull-request' || target.root === undefined) throw new Error('expected a pull request with a scratch folder');
    expect(targetFiles(target.root)).toEqual(['deploy/rollout.yaml', 'deploy/templates.yaml', 'sql/q.sql', 'sql/schema.sql', 'sql/seed.sql']);
    expect(readFileSync(path.join(target.root, 'sql/q.sql'), 'utf8')).toBe('select * from orders where customer = 1;\n');
    expect(readFileSync(path.join(target.root, 'sql/schema.sql'), 'utf8')).toBe('create table orders (id int, customer int);\n');
    expect(server.requests.filter((request) => request.operation === 'repos/get-content').map((request) => decodeURIComponent(request.path)).sort()).toEqual([
      `/repos/${OWNER}/${REPO}/contents/deploy/rollout.yaml?ref=${HEAD}`,
      `/repos/${OWNER}/${REPO}/contents/sql/q.sql?ref=${HEAD}`,
    ]);
  });

  it('refuses a database-url: the head’s SQL and migrations run only on the embedded database', async () => {
    const refusal =
      "Refusing database-url under pull_request_target: the pull request's files would reach a system this repository's secrets reach. The queries audit and the migration check run here on the embedded database built from the files; remove database-url for pull_request_target (keep it on pull_request or push).";
    await expect(resolveTarget(context(false), octokit, config({ 'database-url': 'postgres://ci:secret@db/app' }))).rejects.toThrow(refusal);
    await expect(resolveTarget(context(false), octokit, config({ 'database-url': 'postgres://ci:secret@db/app' }, ['migrations']))).rejects.toThrow(refusal);
    expect(server.requests).toEqual([]);
  });

  it('refuses a Prometheus URL that carries credentials, and accepts one that does not', async () => {
    for (const url of ['https://ci:s3cret@prometheus.internal', 'https://prometheus.internal/?access_token=s3cret']) {
      await expect(resolveTarget(context(false), octokit, config({ 'prometheus-url': url }, ['rollout']))).rejects.toThrow(
        "Refusing a prometheus-url with credentials under pull_request_target: the pull request's files would reach a system this repository's secrets reach. Use it on pull_request, push or a deploy job, not on pull_request_target.",
      );
    }
    await expect(resolveTarget(context(false), octokit, config({ 'prometheus-url': 'http://prometheus:9090' }, ['rollout']))).resolves.toMatchObject({ kind: 'pull-request' });
  });

  it('lets a fork’s manifests be linted but refuses following its rollouts in a cluster and EXPLAIN ANALYZE', async () => {
    await expect(resolveTarget(context(true), octokit, config({}, ['rollout']))).resolves.toMatchObject({ kind: 'pull-request' });
    await expect(resolveTarget(context(true), octokit, config({ rollout: 'web' }, ['rollout']))).rejects.toThrow(
      "Refusing to follow rollouts in a cluster for a fork pull request under pull_request_target: the pull request's files would reach a system this repository's secrets reach. Run the rollout check on pull_request, or after the change is merged; the manifest lint (no rollout names) is allowed.",
    );
    await expect(resolveTarget(context(true), octokit, config({ analyze: true }, ['queries']))).rejects.toThrow(/^Refusing EXPLAIN ANALYZE for a fork pull request under pull_request_target/);
  });
});
