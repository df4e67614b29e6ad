import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { runCli } from '../../../src/cli/main.js';
import type { Report } from '../../../src/core/report.js';
import type { PlanDatabase } from '../../../src/postgres/db/plan-database.js';
import { openServerDatabase } from '../../../src/postgres/db/server-database.js';
import { pgParser, type PgParser } from '../../../src/postgres/sql/pg-parser.js';
import { makeTree } from '../../helpers/temp-tree.js';
import { postgres15Installed, startPostgres15, type TestPostgres } from '../../helpers/test-postgres.js';
import { adviseOn, createAdviceTables } from './advice-fixture.js';
import { indexAdviceCases } from './index-advice-cases.js';
import { workloadAdviceCases } from './workload-advice-cases.js';

const HYPOPG_CONTROL = '/usr/share/postgresql/15/extension/hypopg.control';

/**
 * HypoPG is not a trusted extension, so only a superuser may create it, and the test server's login role is not
 * one (on purpose: the audit must work without). The throwaway cluster trusts the `postgres` superuser on its Unix
 * socket, which sits in the cluster's own temporary directory; with PG_TEST_URL the URL's role must be allowed.
 */
async function installHypopg(server: TestPostgres): Promise<void> {
  const socketName = `.s.PGSQL.${server.port}`;
  const socketDirectory = readdirSync(tmpdir())
    .filter((entry) => entry.startsWith('predator-guard-pg15-'))
    .map((entry) => path.join(tmpdir(), entry))
    .find((directory) => readdirSync(directory).includes(socketName));
  const database = new URL(server.url).pathname.slice(1);
  const client = socketDirectory
    ? new pg.Client({ host: socketDirectory, port: server.port, user: 'postgres', database })
    : new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS hypopg');
  } finally {
    await client.end();
  }
}

const hypopgInstalled = existsSync(HYPOPG_CONTROL);
if (!hypopgInstalled && process.env.CI === 'true') {
  throw new Error(`HypoPG is not installed (no ${HYPOPG_CONTROL}), but CI=true: .ci/run installs postgresql-15-hypopg; run apt-get install postgresql-15-hypopg.`);
}
// Without PostgreSQL 15 and HypoPG (outside CI) the suite shows as skipped, never as passed.
const available = postgres15Installed() && hypopgInstalled;

(available ? describe : describe.skip)('index advice on PostgreSQL 15 with HypoPG', () => {
  let server: TestPostgres;
  let database: PlanDatabase;
  let parser: PgParser;

  beforeAll(async () => {
    parser = await pgParser();
    server = await startPostgres15();
    await installHypopg(server);
    database = await openServerDatabase(server.url);
    await createAdviceTables(database);
  }, 120_000);

  afterAll(async () => {
    await database?.close();
    await server?.close();
  });

  describe('auto uses the installed extension', () => {
    indexAdviceCases({ database: () => database, parser: () => parser, setting: 'auto', mode: 'hypopg' });

    describe('one set of indexes for the workload', () => {
      workloadAdviceCases({ database: () => database, parser: () => parser, setting: 'auto', mode: 'hypopg' });
    });

    it('leaves no hypothetical index behind', async () => {
      // Hypothetical indexes live in the session that made them: only the audit's own connection can see them.
      expect(await database.query('SELECT indexname FROM hypopg()')).toEqual([]);
    });
  });

  it('verifies with a plain EXPLAIN even when the audit runs with --analyze (HypoPG indexes are invisible to ANALYZE)', async () => {
    const tree = makeTree({ 'q.sql': "SELECT id FROM orders WHERE customer_id = 4711 ORDER BY created_at DESC LIMIT 5;\n" });
    try {
      let stdout = '';
      const argv = ['queries', 'q.sql', '--database-url', server.url, '--analyze', '--verify-indexes', 'hypopg', '--format', 'json'];
      const code = await runCli(argv, { cwd: tree.root, stdout: (text) => (stdout += text), stderr: () => {}, colorByDefault: false });
      expect(code).toBe(0);
      const report = JSON.parse(stdout) as Report;
      expect(report.runs[0].stats).toMatchObject({ analyze: true, indexAdvice: { candidates: 1, plannerCalls: 1, kept: 1, skipped: 0 } });
      expect(report.findings.find((finding) => finding.rule === 'missing-index')?.suggestion).toBe(
        'CREATE INDEX CONCURRENTLY idx_orders_customer_id_created_at ON orders (customer_id, created_at DESC)',
      );
    } finally {
      tree.cleanup();
    }
  });

  describe('transaction mode when asked for, even with HypoPG installed', () => {
    indexAdviceCases({ database: () => database, parser: () => parser, setting: 'transaction', mode: 'transaction' });

    describe('one set of indexes for the workload', () => {
      workloadAdviceCases({ database: () => database, parser: () => parser, setting: 'transaction', mode: 'transaction' });
    });
  });

  it('verifies a pg_trgm index for a leading-wildcard LIKE by building it in a rolled-back transaction once pg_trgm is installed', async () => {
    // pg_trgm is a trusted extension: the database's owner may create it.
    await database.run('CREATE EXTENSION pg_trgm');
    try {
      const sql = "SELECT id FROM posts WHERE title LIKE '%number 77%'";
      const suggestion = 'CREATE INDEX CONCURRENTLY idx_posts_title_trgm ON posts USING gin (title gin_trgm_ops)';
      const { advice } = await adviseOn(database, parser, sql, { verifyIndexes: 'transaction' });
      expect(advice.findings.map((finding) => [finding.severity, finding.suggestion, finding.data?.verifiedWith, finding.data?.planIndexes])).toEqual([
        ['warning', suggestion, 'transaction', ['idx_posts_title_trgm']],
      ]);
      const { advice: hypothetical } = await adviseOn(database, parser, sql, { verifyIndexes: 'hypopg' });
      expect(hypothetical.findings.map((finding) => [finding.severity, finding.suggestion, finding.data?.outcome])).toEqual([['notice', suggestion, 'not-verified']]);
      expect(await database.query("SELECT indexname FROM pg_indexes WHERE tablename = 'posts' ORDER BY 1")).toEqual([{ indexname: 'posts_pkey' }]);
    } finally {
      await database.run('DROP EXTENSION pg_trgm');
    }
  });
});
