import { checkSnippet, ruleFixes, ruleLines } from '../../helpers/migration-snippet.js';

describe('non-concurrent-drop-index', () => {
  it('reports DROP INDEX without CONCURRENTLY, quiet with it and for an index created in the change', async () => {
    const sql = [
      'DROP INDEX invoices_due;',
      'DROP INDEX IF EXISTS billing.invoices_number, invoices_old;',
      'DROP INDEX CONCURRENTLY invoices_customer;',
      'CREATE TABLE refunds (id bigint);',
      'CREATE INDEX refunds_id ON refunds (id);',
      'DROP INDEX refunds_id;',
    ].join('\n');
    expect(await ruleLines('non-concurrent-drop-index', sql)).toEqual([
      "m.sql:1:1 non-concurrent-drop-index DROP INDEX invoices_due: ACCESS EXCLUSIVE on the index's table; reads and writes wait.",
      "m.sql:2:1 non-concurrent-drop-index DROP INDEX billing.invoices_number, invoices_old: ACCESS EXCLUSIVE on the index's table; reads and writes wait.",
    ]);
  });

  it('carries the machine fix DROP INDEX CONCURRENTLY for one index without CASCADE outside a transaction block, and none otherwise', async () => {
    const sql = ['DROP INDEX IF EXISTS invoices_due;', 'DROP INDEX a, b;', 'DROP INDEX c CASCADE;', 'BEGIN;', 'DROP INDEX d;', 'COMMIT;'].join('\n');
    expect(await ruleFixes('non-concurrent-drop-index', sql)).toEqual([
      { line: 1, fix: { startLine: 1, endLine: 1, lines: ['DROP INDEX CONCURRENTLY IF EXISTS invoices_due;'], note: 'CONCURRENTLY cannot run inside a transaction block: the migration tool must run this file outside one.' } },
      { line: 2, fix: undefined },
      { line: 3, fix: undefined },
      { line: 5, fix: undefined },
    ]);
  });
});
