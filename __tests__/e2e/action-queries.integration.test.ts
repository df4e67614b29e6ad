import { readFileSync } from 'node:fs';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';
import { ActionRunner, HEAD, OWNER, REPO, pullRequestEvent } from '../helpers/action-runner.js';
import { createOrderTables, postgres15Installed, startPostgres15, type TestPostgres } from '../helpers/test-postgres.js';

/**
 * `checks: queries` in the action: dist/action.js under Node 24 against the loopback GitHub, auditing the SQL a
 * pull request adds — on the embedded database (no service needed) and on a real PostgreSQL 15 reached by URL.
 * dist/ is what runs: rebuild it with `node scripts/build.mjs` after changing src/.
 */

const SCHEMA = [
  'CREATE TABLE customers (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, country text NOT NULL);',
  'CREATE TABLE orders (id bigserial PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id), status text NOT NULL, created_at timestamptz NOT NULL);',
  '',
].join('\n');
const REPORTS_SQL = ['-- the latest orders of one customer', 'SELECT id, status FROM orders WHERE customer_id = 42 ORDER BY created_at DESC LIMIT 20;', ''].join('\n');
const ADDED = { filename: 'sql/reports.sql', status: 'added' as const, patch: '@@ -0,0 +1,2 @@\n+-- the latest orders of one customer\n+SELECT id, status FROM orders WHERE customer_id = 42 ORDER BY created_at DESC LIMIT 20;' };

let github: GitHubApiServer;
let runner: ActionRunner;

beforeEach(async () => {
  github = await startGitHubApiServer();
  runner = new ActionRunner(github);
});

afterEach(async () => {
  expect(github.violations).toEqual([]);
  await github.close();
  runner.cleanup();
});

describe('the action with checks: queries on the embedded database', () => {
  it('loads the schema, fills the tables, and comments the verified index and the scan it replaces on the added statement', async () => {
    const workspace = runner.workspace({
      'db/001_tables.sql': SCHEMA,
      'sql/reports.sql': REPORTS_SQL,
      '.predator-guard.yml': 'table-rows:\n  customers: 5000\n  orders: 100000\n',
    });
    github.addPullRequest(OWNER, REPO, 2, [ADDED]);
    github.pushToPullRequest(OWNER, REPO, 2, HEAD);

    const run = await runner.run(workspace, 'pull_request', pullRequestEvent('synchronize', HEAD), { checks: 'queries', queries: 'sql/*.sql', schema: 'db/*.sql', 'fail-on': 'warning' });

    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ passed: 'false', findings: '2', errors: '0', warnings: '2', notices: '0' });
    expect(run.stdout).toContain('::warning file=sql/reports.sql,line=2,endLine=2,col=1,endColumn=87,title=predator-guard missing-index::Index orders (customer_id, created_at DESC) cuts the plan cost from ');
    const [comment] = github.comments(OWNER, REPO, 2);
    const section = comment.body.slice(comment.body.indexOf(`<!-- predator-guard:section=queries sha=${HEAD} counts=0/2/0 gate=failed -->`));
    expect(section.split('\n').slice(0, 4)).toEqual([
      `<!-- predator-guard:section=queries sha=${HEAD} counts=0/2/0 gate=failed -->`,
      '### queries',
      '',
      '🐘 1 statement explained with ANALYZE on PostgreSQL 18.6 (PGlite 0.5.16), embedded: orders 100,000 rows, customers 5,000 · index advice: 1 candidate, 1 kept, 0 skipped, 1 planner call',
    ]);
    // The verified index as code, to be copied as it is (underscores and all).
    expect(section).toContain('\n  - `CREATE INDEX CONCURRENTLY idx_orders_customer_id_created_at ON orders (customer_id, created_at DESC)`\n');
    expect(section).toContain('**`seq-scan-selective-filter`** (1)');
    // Each finding shows the statement it is about, folded.
    expect(section).toContain('  <details><summary>SELECT: SELECT id, status FROM orders WHERE customer&#95;id = 42 ORDER BY created&#95;at DESC LI…</summary>');
    const report = JSON.parse(readFileSync(run.outputs['report-file'], 'utf8')) as { runs: { stats: { rowCounts: Record<string, number> } }[] };
    expect(report.runs[0].stats.rowCounts).toEqual({ customers: 5000, orders: 100000 });
  }, 120_000);

  it("audits a fork's added SQL under pull_request_target: the head's file fetched as data, the base's schema, the embedded database", async () => {
    // The base checkout has the schema and the config, not the pull request's statement. Fewer rows than above (the
    // plans on 100,000 are that test's): enough for the index to pay, and the small buffer pool of such data.
    const workspace = runner.workspace({ 'db/001_tables.sql': SCHEMA, '.predator-guard.yml': 'table-rows:\n  customers: 1000\n  orders: 19000\n' });
    github.addPullRequest(OWNER, REPO, 2, [ADDED]);
    github.pushToPullRequest(OWNER, REPO, 2, HEAD);
    github.setFileContent(OWNER, REPO, HEAD, 'sql/reports.sql', REPORTS_SQL);
    const event = pullRequestEvent('opened', HEAD) as { pull_request: { head: { repo: { full_name: string } } } };
    event.pull_request.head.repo.full_name = 'mallory/Hello-World';

    const run = await runner.run(workspace, 'pull_request_target', event, { checks: 'queries', queries: 'sql/*.sql', schema: 'db/*.sql', 'fail-on': 'warning' });

    expect(run.stderr).toBe('');
    expect(run.outputs).toMatchObject({ passed: 'false', findings: '2', warnings: '2' });
    expect(run.stdout).toContain('::warning file=sql/reports.sql,line=2,endLine=2,col=1,endColumn=87,title=predator-guard missing-index::');
    const [comment] = github.comments(OWNER, REPO, 2);
    expect(comment.body).toContain(`<!-- predator-guard:section=queries sha=${HEAD} counts=0/2/0 gate=failed -->`);
    // No runner path in what the pull request's readers see.
    expect(comment.body).not.toContain(runner.scratch);
  }, 120_000);
});

const describeOn15 = postgres15Installed() ? describe : describe.skip;

describeOn15('the action with checks: queries and a database-url', () => {
  let server: TestPostgres;
  beforeAll(async () => {
    server = await startPostgres15();
    await createOrderTables(server);
  }, 60_000);
  afterAll(() => server.close());

  it('fails the run with the server’s refusal of a wrong password, and the password appears nowhere', async () => {
    const wrong = server.url.replace(`:${server.password}@`, ':not-the-password@');
    const workspace = runner.workspace({ 'sql/reports.sql': REPORTS_SQL });
    github.addPullRequest(OWNER, REPO, 2, [ADDED]);

    const run = await runner.run(workspace, 'pull_request', pullRequestEvent('synchronize', HEAD), { checks: 'queries', queries: 'sql/*.sql', 'database-url': wrong });

    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ passed: 'false', findings: '0' });
    const [comment] = github.comments(OWNER, REPO, 2);
    expect(comment.body).toContain(`password authentication failed for user "${server.user}"`);
    // The password is handed to the runner's masking (a line the runner consumes and never shows), and appears
    // nowhere else.
    expect(run.stdout).toContain('::add-mask::not-the-password\n');
    const shown = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
    for (const text of [shown, run.stderr, run.summary, comment.body, readFileSync(run.outputs['report-file'], 'utf8')]) {
      expect(text).not.toContain('not-the-password');
      expect(text).not.toContain(server.password);
    }
  }, 60_000);
});
