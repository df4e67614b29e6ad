import { checkSnippet, ruleFixes, ruleLines } from '../../helpers/migration-snippet.js';

describe('non-concurrent-index', () => {
  it('reports CREATE INDEX on an existing table, and stays quiet on CONCURRENTLY and on a table created earlier in the file', async () => {
    const sql = [
      'CREATE INDEX invoices_due ON invoices (due_on);',
      'CREATE UNIQUE INDEX ON billing.invoices (number);',
      'CREATE INDEX CONCURRENTLY invoices_customer ON invoices (customer_id);',
      'CREATE TABLE refunds (id bigint, invoice_id bigint);',
      'CREATE INDEX refunds_invoice ON refunds (invoice_id);',
    ].join('\n');
    expect(await ruleLines('non-concurrent-index', sql)).toEqual([
      'm.sql:1:1 non-concurrent-index CREATE INDEX invoices_due ON invoices: SHARE on invoices until the index is built; writes wait, reads go on.',
      'm.sql:2:1 non-concurrent-index CREATE INDEX ON billing.invoices: SHARE on billing.invoices until the index is built; writes wait, reads go on.',
    ]);
  });

  it('is quiet on a table an earlier added migration of the change created, but not one an older migration did', async () => {
    const files = { '1_old.sql': 'CREATE TABLE a (id int);', '2_new.sql': 'CREATE TABLE b (id int);', '3_new.sql': "SET lock_timeout = '1s'; SET statement_timeout = '1min';\nCREATE INDEX ON a (id);\nCREATE INDEX ON b (id);" };
    expect(await checkSnippet(files, ['2_new.sql', '3_new.sql'])).toEqual([
      '3_new.sql:2:1 non-concurrent-index CREATE INDEX ON a: SHARE on a until the index is built; writes wait, reads go on.',
    ]);
    // Without a diff each migration runs against the ones before it, which hold data by then.
    expect((await checkSnippet(files)).filter((line) => line.includes('non-concurrent-index'))).toHaveLength(2);
  });

  it('carries the machine fix CREATE INDEX CONCURRENTLY, and none inside a transaction block or on a line another statement shares', async () => {
    const sql = [
      '  create unique index invoices_number on invoices (number);',
      'CREATE INDEX',
      '  invoices_due ON invoices (due_on);',
      'SELECT 1; CREATE INDEX invoices_a ON invoices (a);',
      'BEGIN;',
      'CREATE INDEX invoices_b ON invoices (b);',
      'COMMIT;',
    ].join('\n');
    expect(await ruleFixes('non-concurrent-index', sql)).toEqual([
      { line: 1, fix: { startLine: 1, endLine: 1, lines: ['  create unique index CONCURRENTLY invoices_number on invoices (number);'], note: 'CONCURRENTLY cannot run inside a transaction block: the migration tool must run this file outside one.' } },
      { line: 2, fix: { startLine: 2, endLine: 2, lines: ['CREATE INDEX CONCURRENTLY'], note: 'CONCURRENTLY cannot run inside a transaction block: the migration tool must run this file outside one.' } },
      { line: 4, fix: undefined },
      { line: 6, fix: undefined },
    ]);
  });
});
