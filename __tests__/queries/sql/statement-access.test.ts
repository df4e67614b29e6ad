import { pgParser, type PgParser } from '../../../src/postgres/sql/pg-parser.js';
import { locksRows, statementAccess } from '../../../src/queries/sql/statement-access.js';

let parser: PgParser;
beforeAll(async () => {
  parser = await pgParser();
});

function accessOf(sql: string) {
  return statementAccess(parser.parse(sql).stmts![0].stmt!);
}

describe('statementAccess', () => {
  it.each([
    ['SELECT * FROM orders WHERE id = 1', 'read-only'],
    ['WITH recent AS (SELECT * FROM orders WHERE day > now() - interval \'1 day\') SELECT count(*) FROM recent', 'read-only'],
    ["SELECT 'DELETE FROM orders', 'FOR UPDATE'", 'read-only'],
    ['SELECT * FROM orders o JOIN (SELECT * FROM customers) c ON c.id = o.customer_id', 'read-only'],
    ['VALUES (1)', 'read-only'],
  ])('a read-only statement: %s', (sql, access) => {
    expect(accessOf(sql)).toBe(access);
  });

  it.each([
    ['INSERT INTO orders (id) VALUES (1)', 'writing'],
    ['UPDATE orders SET total = 0', 'writing'],
    ['DELETE FROM orders WHERE id = 1', 'writing'],
    ['MERGE INTO orders o USING staged s ON o.id = s.id WHEN NOT MATCHED THEN INSERT (id) VALUES (s.id)', 'writing'],
    ['WITH moved AS (DELETE FROM orders WHERE day < now() RETURNING *) SELECT count(*) FROM moved', 'writing'],
    ['WITH added AS (INSERT INTO log (note) VALUES (\'x\') RETURNING id) SELECT id FROM added', 'writing'],
  ])('a writing statement: %s', (sql, access) => {
    expect(accessOf(sql)).toBe(access);
  });

  it.each(['SELECT * FROM orders WHERE id = 1 FOR UPDATE', 'SELECT * FROM orders FOR SHARE SKIP LOCKED', 'SELECT * FROM (SELECT * FROM orders FOR NO KEY UPDATE) locked'])(
    'FOR UPDATE/SHARE never widens a query to read-write, and is marked as locking rows: %s',
    (sql) => {
      expect(accessOf(sql)).toBe('read-only');
      expect(locksRows(parser.parse(sql).stmts![0].stmt!)).toBe(true);
    },
  );

  it('a plain query locks no rows', () => {
    expect(locksRows(parser.parse("SELECT 'FOR UPDATE' FROM orders").stmts![0].stmt!)).toBe(false);
  });
});
