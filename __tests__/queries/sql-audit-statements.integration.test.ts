import { analyze } from '../../src/core/analyze.js';
import { defaultConfig } from '../../src/core/config/config.js';
import type { Report } from '../../src/core/report.js';
import { makeTree } from '../helpers/temp-tree.js';
import { connect, postgres15Installed, startPostgres15, type TestPostgres } from '../helpers/test-postgres.js';

/**
 * Every statement audited or reported with its reason, one statement never failing the others: the same query
 * files on the embedded database (DDL applied as schema) and on a PostgreSQL 15 throwaway cluster (DDL left alone).
 */
const SCHEMA = 'CREATE TABLE books (book_id serial PRIMARY KEY, title text NOT NULL, author_id int NOT NULL);\n';
const QUERIES = `CREATE TYPE book_status AS ENUM ('available', 'loaned');
ALTER TABLE books ADD COLUMN status book_status NOT NULL DEFAULT 'available';

-- name: ListLoaned :many
SELECT book_id, title FROM books WHERE status = 'loaned';

-- name: GetTitle :one
SELECT titel FROM books WHERE book_id = 1;

SELECT * FROM books WHERE book_id IN (1, 2, 3);
BEGIN;
SELECT count(*) FROM books WHERE;
SELECT 1;
`;

const SQLC = `-- name: DeleteBook :exec
DELETE FROM books WHERE book_id = @book_id;

-- name: GetBook :one
SELECT * FROM books WHERE book_id = sqlc.arg(book_id);
`;
const PLAIN = 'DELETE FROM books WHERE book_id = @book_id;\nDELETE FROM books WHERE book_id IN (1, 2, 3);\n';

const tree = makeTree({ 'db/schema.sql': SCHEMA, 'sql/books.sql': QUERIES, 'sql/sqlc.sql': SQLC, 'sql/plain.sql': PLAIN });
afterAll(() => tree.cleanup());

function configFor(settings: Record<string, unknown>) {
  return { ...defaultConfig(tree.root), checks: ['queries' as const], rules: { 'missing-index': { severity: 'off' as const } }, settings: { queries: ['sql/books.sql'], ...settings } };
}

const AT_OPERATOR =
  "1 notice statement-not-audited (parameters): Not audited: '@book_id' could be a sqlc @name / sqlc.arg(name) parameter or the @ (absolute value) operator, so it cannot be read for certain. Set params-style: sqlc if it is a parameter, or put a space after the operator.";

/** sqlc's parameters planned as $n (never run as the @ operator), and a bare `@name` refused, under ANALYZE. */
async function auditParameters(settings: Record<string, unknown>, countBooks?: () => Promise<number>): Promise<void> {
  const before = await countBooks?.();
  const report = await analyze(configFor({ ...settings, queries: ['sql/sqlc.sql', 'sql/plain.sql'], analyze: true }), {});
  expect(report.runs[0].status).toBe('ok');
  expect(lines(report).filter((line) => line.includes('statement-not-audited') || line.includes('sql-error'))).toEqual([AT_OPERATOR]);
  expect(report.runs[0].stats).toMatchObject({ statements: 4, plans: 3, notAudited: 1, estimateOnly: ['sql/sqlc.sql:2', 'sql/sqlc.sql:5'] });
  // The sqlc DELETE got a generic plan only (estimateOnly above); the one with literal values ran under ANALYZE and
  // was rolled back. On a server, count the rows afterwards (the embedded database lives only as long as the run).
  if (countBooks) expect(await countBooks()).toBe(before);
}

function lines(report: Report): string[] {
  return report.findings.map((finding) => `${finding.line} ${finding.severity} ${finding.rule}${finding.data?.reason ? ` (${String(finding.data.reason)})` : ''}: ${finding.message}`);
}

const TITEL = 'GetTitle: The database refused the statement: column "titel" does not exist (SQLSTATE 42703). The audited database lacks what the statement uses: apply the migrations (the schema files) to it first, or fix the name.';
const BEGIN =
  "11 notice statement-not-audited (not-explainable): Not audited: BEGIN cannot be explained: transaction control would end or split the audit's own transaction, whose rollback undoes every audited statement. Remove it: predator-guard wraps each statement in BEGIN … ROLLBACK itself.";
const PARSE = '12 error sql-error (parse): The SQL does not parse: syntax error at or near ";". Fix the statement so PostgreSQL accepts it.';

describe('a query file with DDL, a misspelt column, transaction control and a syntax error', () => {
  it('on the embedded database: applies the DDL as schema, audits the statements after it, reports each problem in its place', async () => {
    const log: string[] = [];
    const report = await analyze(configFor({ schema: ['db/schema.sql'] }), { log: (line) => log.push(line) });
    expect(report.runs[0].status).toBe('ok');
    expect(lines(report)).toEqual([
      "1 notice statement-not-audited (applied-as-schema): Applied as schema, not audited: CREATE TYPE is DDL, which EXPLAIN cannot plan; the embedded database ran it so the statements after it can use what it defines. Keep schema in the 'schema' files to audit against a server too.",
      "2 notice statement-not-audited (applied-as-schema): Applied as schema, not audited: ALTER TABLE is DDL, which EXPLAIN cannot plan; the embedded database ran it so the statements after it can use what it defines. Keep schema in the 'schema' files to audit against a server too.",
      `8 error sql-error: ${TITEL}`,
      BEGIN,
      PARSE,
    ]);
    expect(report.findings.find((finding) => finding.line === 8)?.data).toEqual({ sqlstate: '42703', serverMessage: 'column "titel" does not exist', statementName: 'GetTitle' });
    expect(log).toContain('queries: applying CREATE TYPE at sql/books.sql:1 as schema');
    expect(log).toContain('queries: EXPLAIN ANALYZE of sql/books.sql:5');
    expect(log).toContain('queries: EXPLAIN ANALYZE of sql/books.sql:10');
    expect(report.runs[0].stats).toMatchObject({ statements: 8, plans: 3, notAudited: 3, sqlErrors: 2 });
    expect(report.gate.passed).toBe(false);
  }, 120_000);

  it('on the embedded database: plans sqlc parameters as $n and refuses a bare @name, deleting nothing', async () => {
    await auditParameters({ schema: ['db/schema.sql'], 'table-rows': { books: 500 } });
  }, 120_000);

  const onServer = postgres15Installed() ? describe : describe.skip;
  onServer('on a PostgreSQL 15 throwaway cluster', () => {
    let server: TestPostgres;
    beforeAll(async () => {
      server = await startPostgres15();
      const client = await connect(server);
      await client.query(SCHEMA);
      await client.query("INSERT INTO books (title, author_id) SELECT 'book ' || g, g % 50 FROM generate_series(1, 500) AS g");
      await client.end();
    }, 60_000);
    afterAll(async () => server?.close());

    it('never applies the DDL, says so, and reports what fails without it in its place', async () => {
      const report = await analyze(configFor({ 'database-url': server.url }), {});
      expect(report.runs[0].status).toBe('ok');
      const notOnServer = (line: number, label: string) =>
        `${line} notice statement-not-audited (schema-on-server): Not audited: ${label} is DDL, and predator-guard never changes a server's schema. Apply it to the database with your migrations; on the embedded database it would be applied as schema.`;
      expect(lines(report)).toEqual([
        notOnServer(1, 'CREATE TYPE'),
        notOnServer(2, 'ALTER TABLE'),
        '5 error sql-error: ListLoaned: The database refused the statement: column "status" does not exist (SQLSTATE 42703). The audited database lacks what the statement uses: apply the migrations (the schema files) to it first, or fix the name.',
        `8 error sql-error: ${TITEL}`,
        BEGIN,
        PARSE,
      ]);
      const client = await connect(server);
      try {
        expect((await client.query("SELECT count(*)::int AS n FROM pg_type WHERE typname = 'book_status'")).rows).toEqual([{ n: 0 }]);
      } finally {
        await client.end();
      }
    }, 60_000);

    it('plans sqlc parameters as $n and refuses a bare @name under ANALYZE, deleting nothing', async () => {
      await auditParameters({ 'database-url': server.url }, async () => {
        const client = await connect(server);
        try {
          return Number((await client.query('SELECT count(*)::int AS n FROM books')).rows[0].n);
        } finally {
          await client.end();
        }
      });
    }, 60_000);
  });
});
