import { runCli } from '../../../src/cli/main.js';
import type { Finding } from '../../../src/core/finding.js';
import type { Report } from '../../../src/core/report.js';
import { connect, testServers, type TestPostgres } from '../../helpers/test-postgres.js';
import { makeTree } from '../../helpers/temp-tree.js';

async function report(argv: string[], cwd: string): Promise<{ code: number; report: Report; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...argv, '--format', 'json'], { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), colorByDefault: false });
  return { code, report: JSON.parse(stdout) as Report, stderr };
}

/** `line rule message`, the time taken folded to `N ms` (it varies from run to run). */
const lines = (findings: Finding[]) => findings.map((finding) => `${finding.line} ${finding.rule} ${finding.message.replace(/[\d.]+ ms\)/, 'N ms)')}`);

const BEFORE = 'CREATE TABLE customers (id bigint PRIMARY KEY, name text);\nCREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total int, note varchar(20));\n';
const CHANGE = [
  "SET lock_timeout = '2s';",
  'ALTER TABLE orders ALTER COLUMN total TYPE bigint;',
  'ALTER TABLE orders ALTER COLUMN note TYPE varchar(40);',
  'ALTER TABLE orders SET UNLOGGED;',
  'CREATE TABLE refunds (id bigint, order_id bigint);',
  'CREATE INDEX refunds_order ON refunds (order_id);',
  'ALTER TABLE orders ADD COLUMN paid_at timestamptz DEFAULT clock_timestamp();',
  'BEGIN;',
  'CREATE INDEX CONCURRENTLY orders_note ON orders (note);',
  'COMMIT;',
  'ALTER TABLE orders ADD CONSTRAINT orders_refund FOREIGN KEY (customer_id) REFERENCES no_such_table (id);',
  'ALTER TABLE orders ADD CONSTRAINT orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id);',
].join('\n');

describe('predator-guard migrations, measured on the embedded database', () => {
  it('applies the change on generated rows and says what each statement locked and rewrote', async () => {
    const tree = makeTree({ 'db/V1__orders.sql': BEFORE, 'db/V2__change.sql': CHANGE, '.predator-guard.yml': 'table-rows: { orders: 2000, customers: 100 }\n' });
    try {
      const { code, report: result } = await report(['migrations', 'db/*.sql'], tree.root);
      const on = 'measured on generated rows in the embedded database';
      expect(code).toBe(1);
      expect(lines(result.findings.filter((finding) => finding.file === 'db/V2__change.sql'))).toEqual([
        `2 column-type-change ALTER TABLE orders ALTER COLUMN total TYPE bigint: ACCESS EXCLUSIVE on orders, rewrites the table; reads and writes wait (${on}: orders 2,000 rows, N ms).`,
        // varchar(20) → varchar(40) needs no rewrite; the lock is the one the statement before took.
        '2 missing-statement-timeout A lock on orders with no statement_timeout set before it in the file: a statement that runs longer than planned keeps orders locked until it ends.',
        `3 column-type-change ALTER TABLE orders ALTER COLUMN note TYPE varchar(40): ACCESS EXCLUSIVE on orders (held since an earlier statement); reads and writes wait (${on}: orders 2,000 rows, N ms).`,
        '3 varchar-length orders.note is varchar(n): changing the limit later takes ACCESS EXCLUSIVE on orders (lowering it rewrites the table).',
        `4 table-rewrite ALTER TABLE orders SET UNLOGGED: ACCESS EXCLUSIVE on orders (held since an earlier statement), rewrites the table; reads and writes wait (${on}: orders 2,000 rows, N ms).`,
        // The file holds CREATE INDEX CONCURRENTLY, so it cannot run as one transaction: unguarded statements before it are reported.
        '5 non-idempotent-statement CREATE TABLE refunds without IF NOT EXISTS, in a migration that cannot run in one transaction (line 9): if a later statement fails, re-running the migration fails here.',
        '6 non-idempotent-statement CREATE INDEX refunds_order without IF NOT EXISTS, in a migration that cannot run in one transaction (line 9): if a later statement fails, re-running the migration fails here.',
        '7 non-idempotent-statement ALTER TABLE orders ADD COLUMN paid_at without IF NOT EXISTS, in a migration that cannot run in one transaction (line 9): if a later statement fails, re-running the migration fails here.',
        `7 volatile-column-default ALTER TABLE orders ADD COLUMN paid_at timestamptz DEFAULT clock_timestamp(): ACCESS EXCLUSIVE on orders (held since an earlier statement), rewrites the table; reads and writes wait (${on}: orders 2,000 rows, N ms).`,
        '9 concurrently-in-transaction CREATE INDEX CONCURRENTLY inside a transaction block (BEGIN earlier in the file): PostgreSQL refuses it, so the migration fails.',
        expect.stringMatching(/^11 constraint-without-not-valid ALTER TABLE orders ADD CONSTRAINT orders_refund FOREIGN KEY without NOT VALID/),
        // The generated customer_id values were drawn before the foreign key existed: orders is emptied and the statement run again.
        `12 constraint-without-not-valid ALTER TABLE orders ADD CONSTRAINT orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id): SHARE ROW EXCLUSIVE on customers, ACCESS EXCLUSIVE on orders (held since an earlier statement); reads and writes wait (${on} after emptying orders, whose generated rows break the new constraint: customers 100 rows, N ms).`,
      ]);
      const data = (line: number) => result.findings.find((finding) => finding.line === line && finding.file === 'db/V2__change.sql')?.data;
      expect(data(2)).toMatchObject({ measured: { rewritten: ['orders', 'orders_pkey'], tables: [{ name: 'orders', rows: 2000 }] } });
      expect(data(9)).toEqual({
        statement: 'IndexStmt',
        measured: false,
        notMeasured: "CREATE INDEX CONCURRENTLY cannot run inside a transaction block, so it was not measured; the lock is PostgreSQL's documented one",
        documentedLock: { mode: 'SHARE UPDATE EXCLUSIVE', tables: ['orders'], blocks: ['VACUUM, ANALYZE, CREATE INDEX CONCURRENTLY', 'CREATE INDEX', 'ALTER TABLE, DROP, TRUNCATE'] },
      });
      expect(data(11)).toMatchObject({ measured: false, notMeasured: 'the embedded database refused it: relation "no_such_table" does not exist' });
      // Both files (no diff): V1's two CREATE TABLEs and V2's eight statements that ran; BEGIN/COMMIT are not sent.
      expect(result.runs[0]).toMatchObject({ stats: { mode: 'measured', measuredStatements: 10, notMeasured: 2 } });
    } finally {
      tree.cleanup();
    }
  }, 120_000);
});

describe('predator-guard migrations with a table-rows name no migration creates', () => {
  it('says so, and measures the rest', async () => {
    const tree = makeTree({ 'db/V1__orders.sql': BEFORE, 'db/V2__index.sql': 'CREATE INDEX orders_total ON orders (total);\n', '.predator-guard.yml': 'table-rows: { ordes: 100, customers: 10 }\n' });
    try {
      const { stderr, report: result } = await report(['migrations', 'db/*.sql'], tree.root);
      expect(stderr).toContain('migrations: table-rows names ordes, which no migration before the last checked one creates; nothing was generated for it\n');
      expect(result.runs[0]).toMatchObject({ stats: { mode: 'measured' } });
    } finally {
      tree.cleanup();
    }
  }, 120_000);
});

describe('predator-guard migrations when the embedded database cannot hold the migrations', () => {
  it('keeps the static findings and says why nothing was measured', async () => {
    const tree = makeTree({ 'db/V1__gis.sql': 'CREATE EXTENSION postgis;\nCREATE TABLE places (id int);\n', 'db/V2__index.sql': 'CREATE INDEX places_id ON places (id);\n' });
    try {
      const { code, report: result } = await report(['migrations', 'db/*.sql'], tree.root);
      expect(code).toBe(0);
      expect(lines(result.findings)).toEqual([
        '1 missing-lock-timeout CREATE INDEX on places with no lock_timeout set before it in the file: while it waits for its lock, every query on places waits behind it.',
        '1 missing-statement-timeout A lock on places with no statement_timeout set before it in the file: a statement that runs longer than planned keeps places locked until it ends.',
        '1 non-concurrent-index CREATE INDEX places_id ON places: SHARE on places until the index is built; writes wait, reads go on.',
      ]);
      expect(result.findings.map((finding) => finding.data?.measured)).toEqual([false, false, false]);
      expect(result.runs[0]).toMatchObject({ stats: { mode: 'static', note: expect.stringMatching(/^the embedded database could not start \(migrations: db\/V1__gis\.sql:1: the embedded database \(PGlite\) has no extension postgis/) } });
    } finally {
      tree.cleanup();
    }
  }, 120_000);
});

describe.each(testServers())('predator-guard migrations --database-url on %s', (_name, start) => {
  let server: TestPostgres;
  beforeAll(async () => {
    server = await start();
    const client = await connect(server);
    try {
      await client.query(`${BEFORE} INSERT INTO orders SELECT g, g, g, 'n' FROM generate_series(1, 500) AS g; ANALYZE orders;`);
    } finally {
      await client.end();
    }
  }, 120_000);
  afterAll(() => server?.close());

  it("measures the change against the server's schema and rolls it back", async () => {
    const tree = makeTree({ 'db/V2__change.sql': 'ALTER TABLE orders ALTER COLUMN total TYPE bigint;\n' });
    try {
      const { report: result } = await report(['migrations', 'db/*.sql', '--database-url', server.url], tree.root);
      const change = result.findings.find((finding) => finding.rule === 'column-type-change');
      expect(change?.message.replace(/[\d.]+ ms\)/, 'N ms)')).toBe(
        `ALTER TABLE orders ALTER COLUMN total TYPE bigint: ACCESS EXCLUSIVE on orders, rewrites the table; reads and writes wait (measured on the server ${server.location}: orders 500 rows, N ms).`,
      );
      const client = await connect(server);
      try {
        const { rows } = await client.query("SELECT data_type FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'total'");
        expect(rows).toEqual([{ data_type: 'integer' }]);
      } finally {
        await client.end();
      }
    } finally {
      tree.cleanup();
    }
  }, 120_000);
});
