import { checkSnippet, ruleLines } from '../../helpers/migration-snippet.js';

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
});
