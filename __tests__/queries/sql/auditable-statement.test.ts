import { UsageError } from '../../../src/core/config/usage-error.js';
import { auditableStatement } from '../../../src/queries/sql/auditable-statement.js';
import { pgParser, type PgParser } from '../../../src/postgres/sql/pg-parser.js';

let parser: PgParser;
beforeAll(async () => {
  parser = await pgParser();
});

function audit(sql: string, startLine = 4) {
  return auditableStatement(parser, { file: 'sql/jobs.sql', sql, startLine, endLine: startLine });
}

const KEEP_OUT = "Keep schema changes in the 'schema' files and data in the 'seed' files, and audit only queries.";
const NOT_PLANNABLE = 'EXPLAIN plans only SELECT, VALUES, TABLE, INSERT, UPDATE, DELETE and MERGE, and any other statement would run for real';
/** DDL is applied as schema on the embedded database and reported on a server; auditableStatement still refuses it. */
const DDL = 'it is DDL, which EXPLAIN cannot plan';
const TRANSACTION =
  "transaction control would end or split the audit's own transaction, whose rollback undoes every audited statement. Remove it: predator-guard wraps each statement in BEGIN … ROLLBACK itself.";

describe('auditableStatement accepts one query or DML statement', () => {
  it.each([
    ['SELECT * FROM orders WHERE id = 1', 'read-only', 0],
    ['VALUES (1), (2)', 'read-only', 0],
    ['TABLE orders', 'read-only', 0],
    ['INSERT INTO orders (id) VALUES ($1)', 'writing', 1],
    ['UPDATE orders SET total = 0 WHERE id = $2', 'writing', 2],
    ['DELETE FROM orders WHERE id = 3', 'writing', 0],
    ['MERGE INTO orders o USING staged s ON o.id = s.id WHEN MATCHED THEN DELETE', 'writing', 0],
  ])('%s', (sql, access, parameterCount) => {
    const statement = audit(sql);
    expect([statement.sql, statement.file, statement.startLine, statement.access, statement.parameterCount]).toEqual([sql, 'sql/jobs.sql', 4, access, parameterCount]);
    expect(Object.keys(statement.node)).toEqual([Object.keys(parser.parse(sql).stmts![0].stmt!)[0]]);
  });
});

describe('auditableStatement refuses, naming the file and line', () => {
  it.each([
    ['BEGIN', `sql/jobs.sql:4: BEGIN cannot be audited: ${TRANSACTION}`],
    ['COMMIT', `sql/jobs.sql:4: COMMIT cannot be audited: ${TRANSACTION}`],
    ['ROLLBACK', `sql/jobs.sql:4: ROLLBACK cannot be audited: ${TRANSACTION}`],
    ['SAVEPOINT s1', `sql/jobs.sql:4: SAVEPOINT cannot be audited: ${TRANSACTION}`],
    ['VACUUM orders', `sql/jobs.sql:4: VACUUM cannot be audited: ${NOT_PLANNABLE}. ${KEEP_OUT}`],
    ['ANALYZE orders', `sql/jobs.sql:4: ANALYZE cannot be audited: ${NOT_PLANNABLE}. ${KEEP_OUT}`],
    [
      'CREATE INDEX CONCURRENTLY idx_orders_day ON orders (day)',
      `sql/jobs.sql:4: CREATE INDEX CONCURRENTLY cannot be audited: it cannot run inside a transaction block and EXPLAIN cannot plan it. ${KEEP_OUT}`,
    ],
    ['CREATE INDEX idx_orders_day ON orders (day)', `sql/jobs.sql:4: CREATE INDEX cannot be audited: ${DDL}. ${KEEP_OUT}`],
    ["SET work_mem = '1GB'", `sql/jobs.sql:4: SET cannot be audited: ${NOT_PLANNABLE}. ${KEEP_OUT}`],
    ['RESET work_mem', `sql/jobs.sql:4: RESET cannot be audited: ${NOT_PLANNABLE}. ${KEEP_OUT}`],
    ['COPY orders FROM STDIN', `sql/jobs.sql:4: COPY cannot be audited: ${NOT_PLANNABLE}. ${KEEP_OUT}`],
    ['DO $$ BEGIN DELETE FROM orders; END $$', `sql/jobs.sql:4: DO cannot be audited: ${NOT_PLANNABLE}. ${KEEP_OUT}`],
    ['CALL archive_orders()', `sql/jobs.sql:4: CALL cannot be audited: ${NOT_PLANNABLE}. ${KEEP_OUT}`],
    ['CREATE TABLE t (id int)', `sql/jobs.sql:4: CREATE TABLE cannot be audited: ${DDL}. ${KEEP_OUT}`],
    ['ALTER TABLE orders ADD COLUMN note text', `sql/jobs.sql:4: ALTER TABLE cannot be audited: ${DDL}. ${KEEP_OUT}`],
    ['CREATE TYPE s AS ENUM (\'a\')', `sql/jobs.sql:4: CREATE TYPE cannot be audited: ${DDL}. ${KEEP_OUT}`],
    ['DROP TABLE orders', `sql/jobs.sql:4: DROP cannot be audited: ${NOT_PLANNABLE}. ${KEEP_OUT}`],
    ['TRUNCATE orders', `sql/jobs.sql:4: TRUNCATE cannot be audited: ${NOT_PLANNABLE}. ${KEEP_OUT}`],
    ['CREATE TABLE big AS SELECT * FROM orders', `sql/jobs.sql:4: CREATE TABLE AS cannot be audited: ${NOT_PLANNABLE}. ${KEEP_OUT}`],
    [
      'SELECT * INTO copy_of_orders FROM orders',
      'sql/jobs.sql:4: SELECT … INTO cannot be audited: SELECT … INTO creates a table. Drop the INTO clause to audit the query.',
    ],
    [
      'EXPLAIN SELECT 1',
      'sql/jobs.sql:4: EXPLAIN cannot be audited: predator-guard adds its own EXPLAIN with the options the audit needs. Write the statement without EXPLAIN.',
    ],
  ])('%s', (sql, message) => {
    expect(() => audit(sql)).toThrow(UsageError);
    expect(() => audit(sql)).toThrow(message);
  });

  it('refuses two statements in one slot, even when the second hides after a literal that contains a semicolon', () => {
    expect(() => audit("SELECT ';'; COMMIT", 9)).toThrow(
      "sql/jobs.sql:9: expected exactly one statement to EXPLAIN, found 2 (SELECT, COMMIT). Give each statement its own slot: in a SQL file, end each one with ';'.",
    );
    expect(audit("SELECT ';'", 9).sql).toBe("SELECT ';'");
  });

  it('refuses an empty slot', () => {
    expect(() => audit('-- nothing')).toThrow(
      "sql/jobs.sql:4: expected exactly one statement to EXPLAIN, found none. Give each statement its own slot: in a SQL file, end each one with ';'.",
    );
  });

  it('reports a parse error at the line in the file, not in the slot', () => {
    expect(() => audit('SELECT 1\n  FROM orders\n WHER id = 1', 10)).toThrow(
      'sql/jobs.sql:12:7: the SQL does not parse: syntax error at or near "id". Fix the statement so PostgreSQL accepts it and run again.',
    );
  });
});
