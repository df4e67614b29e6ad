import type pg from 'pg';
import { runCli } from '../../../src/cli/main.js';
import { analyze } from '../../../src/core/analyze.js';
import { defaultConfig } from '../../../src/core/config/config.js';
import type { Report } from '../../../src/core/report.js';
import { rulesOf } from '../../../src/core/rules/registry.js';
import { PLAN_RULES } from '../../../src/queries/meta.js';
import { makeTree } from '../../helpers/temp-tree.js';
import { connect, createOrderTables, testServers, type TestPostgres } from '../../helpers/test-postgres.js';

const ORDERS_SQL = `-- open orders of one customer
SELECT id, amount
  FROM orders
 WHERE customer_id = 41 AND status = 'open';

SELECT id FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT 10;
UPDATE orders SET status = 'cancelled' WHERE customer_id = 7;
`;

async function cli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), colorByDefault: false });
  return { code, stdout, stderr };
}

describe.each(testServers())('predator-guard queries SQL_FILE --database-url on %s', (_name, start) => {
  let server: TestPostgres;
  let tree: ReturnType<typeof makeTree>;

  beforeAll(async () => {
    server = await start();
    await createOrderTables(server);
    tree = makeTree({
      // Index advice has its own suites; here only the plan rules speak, so their findings are the whole report.
      '.predator-guard.yml': 'rules:\n  missing-index:\n    severity: off\n',
      'sql/orders.sql': ORDERS_SQL,
      'sql/broken.sql': 'SELECT 1;\nSELECT id FROM orders WHERE;\n',
      'sql/commit.sql': 'SELECT 1;\nCOMMIT;\n',
      'sql/missing.sql': 'SELECT 1;\n\nSELECT count(*) FROM shipments;\n',
      'sql/sleep.sql': 'SELECT pg_sleep(5);\n',
      'sql/locked.sql': 'SELECT count(*) FROM customers;\n',
      'sql/visit.sql': 'SELECT record_visit();\n',
      'sql/empty.sql': '-- the queries come later\n',
    });
  });
  afterAll(async () => {
    tree?.cleanup();
    await server?.close();
  });

  it('explains each statement with ANALYZE, reports findings at the statement lines with the node path, and says which server and what was estimate-only', async () => {
    // The UPDATE fires the orders_status_audit trigger: under ANALYZE its VOLATILE function must be allowed by name.
    const { code, stdout, stderr } = await cli(
      ['queries', 'sql/orders.sql', '--database-url', server.url, '--analyze', '--allow-functions', 'record_status_change', '--format', 'json'],
      tree.root,
    );
    // The $1 statement: its generic plan, then custom plans with a common and a rare customer_id from pg_stats
    // (which ones depends on ANALYZE's random sample).
    expect(stderr.split('\n')).toEqual([
      `queries: auditing 3 statements on PostgreSQL ${server.version} at ${server.location}`,
      'queries: EXPLAIN ANALYZE of sql/orders.sql:2',
      'queries: EXPLAIN of sql/orders.sql:6 (generic plan: estimates only)',
      expect.stringMatching(/^queries: EXPLAIN ANALYZE of sql\/orders\.sql:6 with \$1 = '\d+' \(common in orders\.customer_id\)$/),
      expect.stringMatching(/^queries: EXPLAIN ANALYZE of sql\/orders\.sql:6 with \$1 = '\d+' \(rare in orders\.customer_id\)$/),
      'queries: EXPLAIN ANALYZE of sql/orders.sql:7',
      '',
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.findings.map(({ file, line, column, endLine, endColumn, rule, severity, message, data }) => ({ file, line, column, endLine, endColumn, rule, severity, message, nodePath: data?.nodePath }))).toEqual([
      {
        file: 'sql/orders.sql',
        line: 2,
        column: 1,
        endLine: 4,
        endColumn: 44,
        rule: 'seq-scan-selective-filter',
        severity: 'warning',
        message: "Gather > Parallel Seq Scan on orders removed 199,980 of 200,000 rows (100.0%) with filter ((customer_id = 41) AND (status = 'open'::text)).",
        nodePath: 'Gather > Parallel Seq Scan on orders',
      },
      {
        file: 'sql/orders.sql',
        line: 6,
        column: 1,
        endLine: 6,
        endColumn: 79,
        rule: 'inefficient-index-scan',
        severity: 'warning',
        // Found only with a value for $1: the newest-first walk of the created_at index throws away other customers' orders.
        message: expect.stringMatching(
          /^Limit > Index Scan on orders fetched [\d,]+ rows through orders_created_at and its filter \(customer_id = \d+\) removed [\d,]+ of them \(\d+\.\d%\)\. Shown with \$1 = '\d+' \(common in orders\.customer_id\)\.$/,
        ),
        nodePath: 'Limit > Index Scan on orders',
      },
      {
        file: 'sql/orders.sql',
        line: 7,
        column: 1,
        endLine: 7,
        endColumn: 61,
        rule: 'seq-scan-selective-filter',
        severity: 'warning',
        message: 'ModifyTable on orders > Seq Scan on orders removed 199,980 of 200,000 rows (100.0%) with filter (customer_id = 7).',
        nodePath: 'ModifyTable on orders > Seq Scan on orders',
      },
      {
        file: 'sql/orders.sql',
        line: 7,
        column: 1,
        endLine: 7,
        endColumn: 61,
        rule: 'slow-trigger',
        severity: 'warning',
        // Timings are the server's; the trigger sleeps 5 ms a row, so it takes at least 100 ms over its 20 calls.
        message: expect.stringMatching(/^Trigger orders_status_audit on orders took (\d{3,}|\d,\d{3})\.\d ms over 20 calls, \d+\.\d% of the [\d,]+\.\d ms execution time\.$/),
        nodePath: undefined,
      },
    ]);
    expect(report.runs).toEqual([
      {
        analyzer: 'queries',
        status: 'ok',
        stats: {
          plans: 3,
          serverVersion: `PostgreSQL ${server.version}`,
          server: server.location,
          statements: 3,
          analyze: true,
          estimateOnly: [],
          indexAdvice: expect.any(Object),
          notRun: [],
          durationMs: expect.any(Number),
        },
      },
    ]);
    expect(stdout + stderr).not.toContain(server.password);
  });

  it('plans without running by default against a server and lists the rules that need ANALYZE as not run', async () => {
    const { code, stdout } = await cli(['queries', 'sql/orders.sql', '--database-url', server.url, '--format', 'json'], tree.root);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.findings).toEqual([]);
    const stats = report.runs[0].stats as { analyze: boolean; notRun: { rule: string; needs: string[] }[] };
    const needAnalyze = rulesOf(PLAN_RULES).filter((rule) => rule.needs.includes('analyze')).map((rule) => rule.meta.id);
    expect(needAnalyze.length).toBeGreaterThan(0);
    expect(stats.analyze).toBe(false);
    expect(stats.notRun.map((entry) => entry.rule)).toEqual([...needAnalyze].sort());
    expect(stats.notRun.every((entry) => entry.needs.includes('analyze'))).toBe(true);
  });

  /** The run's error findings, as `file:line rule: message`; exit 1 because an error fails the gate. */
  async function errorFindings(args: string[]): Promise<{ code: number; lines: string[]; report: Report }> {
    const { code, stdout } = await cli(['queries', ...args, '--database-url', server.url, '--format', 'json'], tree.root);
    const report = JSON.parse(stdout) as Report;
    return { code, report, lines: report.findings.map((finding) => `${finding.file}:${finding.line} ${finding.severity} ${finding.rule}: ${finding.message}`) };
  }

  it('reports a statement that runs past statement-timeout as a sql-error with the server message, and goes on', async () => {
    const started = performance.now();
    const { code, lines } = await errorFindings(['sql/sleep.sql', '--analyze', '--statement-timeout', '200ms']);
    expect(performance.now() - started).toBeLessThan(4000);
    expect(code).toBe(1);
    expect(lines).toEqual([
      'sql/sleep.sql:1 error sql-error: The database refused the statement: canceling statement due to statement timeout (SQLSTATE 57014). ' +
        'It ran longer than statement-timeout (200ms): raise statement-timeout, or audit without analyze so the statement is planned, not run.',
    ]);
  });

  it('reports a lock held past lock-timeout as a sql-error', async () => {
    const holder: pg.Client = await connect(server);
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE customers IN ACCESS EXCLUSIVE MODE');
      const { code, lines } = await errorFindings(['sql/locked.sql', '--lock-timeout', '100ms']);
      expect(code).toBe(1);
      expect(lines).toEqual([
        'sql/locked.sql:1 error sql-error: The database refused the statement: canceling statement due to lock timeout (SQLSTATE 55P03). ' +
          'It waited longer than lock-timeout (100ms) for a lock another session holds: audit when no migration or long transaction holds the table, or raise lock-timeout.',
      ]);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
  });

  it.each([
    [
      'a missing table',
      ['sql/missing.sql'],
      [
        'sql/missing.sql:3 error sql-error: The database refused the statement: relation "shipments" does not exist (SQLSTATE 42P01). The audited database lacks what the statement uses: apply the migrations (the schema files) to it first, or fix the name.',
      ],
    ],
    // Planned without ANALYZE (the function never runs): audited on estimates, with nothing to report.
    ['a query that calls a VOLATILE function, under ANALYZE', ['sql/visit.sql', '--analyze'], []],
    [
      'a query that writes through an allowed function, under ANALYZE',
      ['sql/visit.sql', '--analyze', '--allow-functions', 'record_visit'],
      [
        'sql/visit.sql:1 error sql-error: The database refused the statement: cannot execute INSERT in a read-only transaction (SQLSTATE 25006). It writes (through a function) although it reads as a query, and queries run READ ONLY: audit it without analyze, or write it as the INSERT/UPDATE/DELETE it performs.',
      ],
    ],
    ['SQL that does not parse', ['sql/broken.sql'], ['sql/broken.sql:2 error sql-error: The SQL does not parse: syntax error at or near ";". Fix the statement so PostgreSQL accepts it.']],
    [
      'transaction control',
      ['sql/commit.sql'],
      [
        "sql/commit.sql:2 notice statement-not-audited: Not audited: COMMIT cannot be explained: transaction control would end or split the audit's own transaction, whose rollback undoes every audited statement. Remove it: predator-guard wraps each statement in BEGIN … ROLLBACK itself.",
      ],
    ],
  ])('reports %s in its place and audits the other statements', async (_case, args, expected) => {
    const { lines, report } = await errorFindings(args);
    expect(lines).toEqual(expected);
    expect(report.runs[0].status).toBe('ok');
    // Every file holds `SELECT 1` besides the bad statement: it was explained; visit.sql's one statement is planned
    // unless its function, allowed, runs and writes in the READ ONLY transaction.
    expect((report.runs[0].stats as { plans: number }).plans).toBe(args.includes('--allow-functions') ? 0 : 1);
  });

  it.each([
    ['a file with no statement', ['sql/empty.sql'], 'queries: sql/empty.sql holds no SQL statement (only comments or blank lines). Give the files that hold the queries to audit.'],
    ['a statement-timeout that is not a duration', ['sql/orders.sql', '--statement-timeout', 'soon'], 'statement-timeout: got "soon"; expected a Go-style duration of at least 1ms such as 300ms, 30s or 1m.'],
  ])('fails the run (exit 2) on %s', async (_case, args, message) => {
    const { code, stdout } = await cli(['queries', ...args, '--database-url', server.url, '--format', 'json'], tree.root);
    expect(code).toBe(2);
    expect((JSON.parse(stdout) as Report).runs[0].error).toBe(message);
  });

  it('refuses a wrong password with exit 2 and never prints the password it was given', async () => {
    const wrongPassword = 'not-the-password-1234';
    const url = server.url.replace(`:${server.password}@`, `:${wrongPassword}@`);
    const { code, stdout, stderr } = await cli(['queries', 'sql/orders.sql', '--database-url', url], tree.root);
    expect(code).toBe(2);
    expect(stdout).toContain(
      `database-url: cannot connect to ${server.location}: password authentication failed for user "${server.user}". Give the right user and password. Fix the database URL (keep it in a secret, e.g. database-url: \${{ secrets.DATABASE_URL }}).`,
    );
    expect(stdout + stderr).not.toContain(wrongPassword);
    expect(stdout + stderr).not.toContain(server.password);
  });

  it('audits through a node-postgres client an embedder passes in, and leaves it open', async () => {
    const client = await connect(server);
    try {
      const config = {
        ...defaultConfig(tree.root),
        checks: ['queries' as const],
        rules: { 'missing-index': { severity: 'off' as const } },
        settings: { queries: ['sql/orders.sql'], analyze: true, 'allow-functions': ['record_status_change'] },
      };
      const report = await analyze(config, { pgClient: client });
      expect(report.runs[0].status).toBe('ok');
      expect(report.findings.map((finding) => `${finding.file}:${finding.line} ${finding.rule}`)).toEqual([
        'sql/orders.sql:2 seq-scan-selective-filter',
        'sql/orders.sql:6 inefficient-index-scan',
        'sql/orders.sql:7 seq-scan-selective-filter',
        'sql/orders.sql:7 slow-trigger',
      ]);
      expect((await client.query('SELECT 1 AS still_open')).rows).toEqual([{ still_open: 1 }]);
    } finally {
      await client.end();
    }
  });
});

describe('predator-guard queries SQL_FILE without a server', () => {
  it('fails the run (exit 2) when nothing listens at the URL, naming host and port but not the password', async () => {
    const tree = makeTree({ 'q.sql': 'SELECT 1;\n' });
    try {
      const { code, stdout } = await cli(['queries', 'q.sql', '--database-url', 'postgres://ci:hunter2@127.0.0.1:1/app', '--format', 'json'], tree.root);
      expect(code).toBe(2);
      expect((JSON.parse(stdout) as Report).runs[0].error).toBe(
        'database-url: cannot connect to postgres://ci@127.0.0.1:1/app: connection refused (nothing listens on 127.0.0.1:1). Start the server, or fix the host and port in the database URL.',
      );
      expect(stdout).not.toContain('hunter2');
    } finally {
      tree.cleanup();
    }
  });
});
