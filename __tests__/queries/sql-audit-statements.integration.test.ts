import { analyze } from '../../src/core/analyze.js';
import { defaultConfig } from '../../src/core/config/config.js';
import type { Report } from '../../src/core/report.js';
import { makeTree } from '../helpers/temp-tree.js';
import { connect, postgres15Installed, startPostgres15, type TestPostgres } from '../helpers/test-postgres.js';

/**
 * Every statement audited or reported with its reason, one statement never failing the others: the same query
 * files on the embedded database (DDL applied as schema) and on a PostgreSQL 15 throwaway cluster (DDL left alone).
 */
const SCHEMA = `CREATE TABLE books (book_id serial PRIMARY KEY, title text NOT NULL, author_id int NOT NULL);
CREATE TABLE touches (book_id int NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE FUNCTION touch_book(id int) RETURNS int LANGUAGE sql VOLATILE AS $$ INSERT INTO touches (book_id) VALUES (id) RETURNING book_id $$;
CREATE FUNCTION book_slug(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(t) $$;
CREATE FUNCTION books_touched() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO touches (book_id) VALUES (NEW.book_id); RETURN NEW; END $$;
CREATE TRIGGER books_touch AFTER UPDATE ON books FOR EACH ROW EXECUTE FUNCTION books_touched();
`;
/** One file as both schema and queries, as sqlc's configs often name it. */
const BOTH = 'CREATE TABLE shelves (id int PRIMARY KEY, label text);\nSELECT label FROM shelves WHERE id = 1;\n';
const SAFETY = `SELECT pg_terminate_backend(pg_backend_pid());
SELECT set_config('search_path', '', false);
SELECT pg_advisory_lock(42);
SELECT touch_book(1);
SELECT book_slug(title) FROM books WHERE book_id = 1;
UPDATE books SET title = 'x' WHERE book_id = 1;
SELECT * FROM books WHERE book_id = 1 FOR UPDATE;
`;
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
/** sqlc's layout: the schema's DDL copied beside the queries, while the real schema (with its indexes) is loaded first. */
const COPY = `CREATE TABLE books (book_id serial PRIMARY KEY, title text NOT NULL, author_id int NOT NULL);
CREATE FUNCTION book_slug(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(t) $$;
CREATE TABLE books (book_id int);
-- name: GetBook :one
SELECT title FROM books WHERE book_id = 1;
`;
const PLAIN = 'DELETE FROM books WHERE book_id = @book_id;\nDELETE FROM books WHERE book_id IN (1, 2, 3);\n';
/** Queries an application renders before they run (listmonk's %name%, dbt's {{ }}), beside plain broken SQL. */
const TEMPLATES = `-- name: query-books
SELECT * FROM books WHERE %query% ORDER BY %order%;

-- name: count-loaned
SELECT count(*) FROM books WHERE title LIKE '%loan%';

SELECT * FROM {{ ref('books') }};
SELECT * FROM books WHERE book_id = 1 AND;
`;

const tree = makeTree({ 'db/schema.sql': SCHEMA, 'sql/books.sql': QUERIES, 'sql/sqlc.sql': SQLC, 'sql/plain.sql': PLAIN, 'sql/safety.sql': SAFETY, 'sql/both.sql': BOTH, 'sql/copy.sql': COPY, 'sql/templates.sql': TEMPLATES });
afterAll(() => tree.cleanup());

function configFor(settings: Record<string, unknown>) {
  // Index advice has its own suites; planning-over-execution depends on the machine's load, not on the statement.
  const rules = { 'missing-index': { severity: 'off' as const }, 'planning-over-execution': { severity: 'off' as const } };
  return { ...defaultConfig(tree.root), checks: ['queries' as const], rules, settings: { queries: ['sql/books.sql'], ...settings } };
}

const AT_OPERATOR =
  "1 notice statement-not-audited (parameters): Not audited: '@book_id' could be a sqlc @name / sqlc.arg(name) parameter or the @ (absolute value) operator, so it cannot be read for certain. Set params-style: sqlc if it is a parameter, or put a space after the operator.";

/** sqlc's parameters planned as $n (never run as the @ operator), and a bare `@name` refused, under ANALYZE. */
async function auditParameters(settings: Record<string, unknown>, countBooks?: () => Promise<number>): Promise<void> {
  const before = await countBooks?.();
  const report = await analyze(configFor({ ...settings, queries: ['sql/sqlc.sql', 'sql/plain.sql'], analyze: true }), {});
  expect(report.runs[0].status).toBe('ok');
  expect(lines(report).filter((line) => line.includes('statement-not-audited') || line.includes('sql-error'))).toEqual([AT_OPERATOR]);
  expect(report.runs[0].stats).toMatchObject({ statements: 4, plans: 3, notAudited: 1, estimateOnly: [] });
  // The sqlc DELETE ran under ANALYZE with a book_id from the data, as the one with literal values did, and both were
  // rolled back. On a server, count the rows afterwards (the embedded database lives only as long as the run).
  if (countBooks) expect(await countBooks()).toBe(before);
}

function lines(report: Report): string[] {
  return report.findings.map((finding) => `${finding.line} ${finding.severity} ${finding.rule}${finding.data?.reason ? ` (${String(finding.data.reason)})` : ''}: ${finding.message}`);
}

const TITEL = 'GetTitle: The database refused the statement: column "titel" does not exist (SQLSTATE 42703). The audited database lacks what the statement uses: apply the migrations (the schema files) to it first, or fix the name.';
const BEGIN =
  "11 notice statement-not-audited (not-explainable): Not audited: BEGIN cannot be explained: transaction control would end or split the audit's own transaction, whose rollback undoes every audited statement. Remove it: predator-guard wraps each statement in BEGIN … ROLLBACK itself.";
const PARSE = '12 error sql-error (parse): The SQL does not parse: syntax error at or near ";". Fix the statement so PostgreSQL accepts it.';

const UNSAFE = (line: number, call: string, reason: string) =>
  `${line} notice statement-not-audited (unsafe-function): Not audited: it calls ${call}, which ${reason}, and a rollback cannot undo that. Audit the statement without that call.`;
const TOUCH_BOOK = { name: 'public.touch_book', volatility: 'volatile', language: 'sql', via: 'call' };
const BOOKS_TOUCHED = { name: 'public.books_touched', volatility: 'volatile', language: 'plpgsql', via: 'trigger books_touch on books' };

/** sql/safety.sql under ANALYZE: refused before the database, planned without ANALYZE for a VOLATILE function, and run when allowed by name. */
async function auditSafety(settings: Record<string, unknown>): Promise<void> {
  const log: string[] = [];
  const report = await analyze(configFor({ ...settings, queries: ['sql/safety.sql'], analyze: true }), { log: (line) => log.push(line) });
  expect(report.runs[0].status).toBe('ok');
  expect(lines(report)).toEqual([
    UNSAFE(1, 'pg_terminate_backend()', 'ends another session (backend signalling)'),
    UNSAFE(2, 'set_config(…, false)', 'changes a setting for the rest of the session, not only this transaction'),
    UNSAFE(3, 'pg_advisory_lock()', 'takes a session-level advisory lock, held after the rollback until the session ends'),
  ]);
  // A VOLATILE user function not allowed: planned without ANALYZE (nothing runs), audited, and the log says why.
  expect(log).toContain('queries: sql/safety.sql:4 is planned but not run: under ANALYZE it would run the VOLATILE public.touch_book (call), not in allow-functions');
  expect(log).toContain('queries: sql/safety.sql:6 is planned but not run: under ANALYZE it would run the VOLATILE public.books_touched (trigger books_touch on books), not in allow-functions');
  expect(log).toContain('queries: EXPLAIN of sql/safety.sql:4');
  expect(log).toContain('queries: EXPLAIN of sql/safety.sql:6');
  expect(report.runs[0].stats).toMatchObject({ notAudited: 3 });
  // FOR UPDATE stays READ ONLY and is only planned; the IMMUTABLE function's statement runs under ANALYZE.
  expect(log).toContain('queries: EXPLAIN ANALYZE of sql/safety.sql:5');
  expect(log).toContain('queries: EXPLAIN of sql/safety.sql:7');

  // Allowed by name, touch_book runs under ANALYZE, in the READ ONLY transaction its INSERT is refused by the server.
  const allowedLog: string[] = [];
  const allowed = await analyze(configFor({ ...settings, queries: ['sql/safety.sql'], analyze: true, 'allow-functions': 'touch_book, public.books_touched' }), {
    log: (line) => allowedLog.push(line),
  });
  const four = allowed.findings.find((finding) => finding.line === 4);
  expect(four && `${four.rule}: ${four.message}`).toBe(
    'sql-error: The database refused the statement: cannot execute INSERT in a read-only transaction (SQLSTATE 25006). It writes (through a function) although it reads as a query, and queries run READ ONLY: audit it without analyze, or write it as the INSERT/UPDATE/DELETE it performs.',
  );
  expect(four?.data?.functions).toEqual([TOUCH_BOOK]);
  // The allowed trigger runs under ANALYZE and is not refused. Its first call compiles the PL/pgSQL function, which
  // under load can pass slow-trigger's 10 ms on its own: that timing rule is not what this case is about.
  expect(allowedLog).toContain('queries: EXPLAIN ANALYZE of sql/safety.sql:6');
  expect(allowed.findings.filter((finding) => finding.line === 6 && finding.rule !== 'slow-trigger')).toEqual([]);
}

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

  it('on the embedded database: does not apply again the DDL of a query file that is a schema file too', async () => {
    const report = await analyze(configFor({ schema: ['db/schema.sql', 'sql/both.sql'], queries: ['sql/both.sql'] }), {});
    expect(lines(report)).toEqual([
      '1 notice statement-not-audited (applied-as-schema): Applied as schema, not audited: CREATE TABLE is DDL, which EXPLAIN cannot plan; sql/both.sql is a schema file too, so the embedded database loaded it before the audit.',
    ]);
    expect(report.runs[0].stats).toMatchObject({ statements: 2, plans: 1, notAudited: 1 });
  }, 120_000);

  it('on the embedded database: a query file\'s copy of the schema\'s DDL is a notice, not an error, once the schema is loaded', async () => {
    const copied = (line: number, label: string, message: string) =>
      `${line} notice statement-not-audited (applied-as-schema): Applied as schema, not audited: ${label} is DDL, which EXPLAIN cannot plan, and what it creates is already there once the schema files are loaded (${message}): a copy of the schema beside the queries, as sqlc's layout keeps one, is not applied twice.`;
    const report = await analyze(configFor({ schema: ['db/schema.sql'], queries: ['sql/copy.sql'] }), {});
    expect(lines(report)).toEqual([
      copied(1, 'CREATE TABLE', 'relation "books" already exists'),
      copied(2, 'CREATE FUNCTION', 'function "book_slug" already exists with same argument types'),
      copied(3, 'CREATE TABLE', 'relation "books" already exists'),
    ]);
    expect(report.findings[0].data).toEqual({ reason: 'applied-as-schema', statement: 'CREATE TABLE', sqlstate: '42P07' });
    expect(report.runs[0].stats).toMatchObject({ statements: 4, plans: 1, notAudited: 3 });
    // Without schema files the same DDL is applied, and a second CREATE of the same table is the file's own error.
    const alone = await analyze(configFor({ queries: ['sql/copy.sql'] }), {});
    expect(lines(alone).slice(2)).toEqual([
      "3 error sql-error: The database refused this CREATE TABLE: relation \"books\" already exists (SQLSTATE 42P07). Fix the DDL, or move it to the 'schema' files in the order it needs.",
    ]);
  }, 120_000);

  it('on the embedded database: a template placeholder is a notice that the statement was not audited, broken SQL an error', async () => {
    const template = (line: number, placeholder: string) =>
      `${line} notice statement-not-audited (template): Not audited: it holds the template placeholder ${placeholder}, which the application fills in before the SQL runs, so PostgreSQL cannot parse it as written. Audit a rendered copy of the query, or exclude the file.`;
    const report = await analyze(configFor({ schema: ['db/schema.sql'], queries: ['sql/templates.sql'] }), {});
    expect(lines(report)).toEqual([
      template(2, '%query%'),
      template(7, "{{ ref('books') }}"),
      '8 error sql-error (parse): The SQL does not parse: syntax error at or near ";". Fix the statement so PostgreSQL accepts it.',
    ]);
    expect(report.findings[0].data).toEqual({ reason: 'template', placeholder: '%query%' });
    // A template's notice points at its placeholder; the syntax error at the character the parser stopped on.
    expect(report.findings.map((finding) => `${finding.line}:${finding.column}`)).toEqual(['2:27', '7:15', '8:42']);
    expect(report.runs[0].stats).toMatchObject({ plans: 1, notAudited: 2, sqlErrors: 1 });
  }, 120_000);

  it('on the embedded database: refuses out-of-transaction calls, and plans VOLATILE user functions without ANALYZE unless allowed', async () => {
    await auditSafety({ schema: ['db/schema.sql'] });
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

    it('refuses out-of-transaction calls, and plans VOLATILE user functions without ANALYZE unless allowed; nothing is written', async () => {
      await auditSafety({ 'database-url': server.url });
      const client = await connect(server);
      try {
        expect((await client.query('SELECT count(*)::int AS n FROM touches')).rows).toEqual([{ n: 0 }]);
        expect((await client.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = 'app'")).rows[0].n).toBeGreaterThan(0);
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
