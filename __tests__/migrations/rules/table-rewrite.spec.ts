import type { Measured } from '../../../src/migrations/measure/statement-measurement.js';
import { readMigrationText } from '../../../src/migrations/read-migrations.js';
import { tableRewrite } from '../../../src/migrations/rules/table-rewrite.js';
import { pgParser } from '../../../src/postgres/sql/pg-parser.js';

// What applying the statement showed, as measureStatement reports it (table-rewrite-measured.integration.test.ts
// measures it for real on the embedded database).
const on = 'generated rows in the embedded database';
const unlogged: Measured = {
  measured: true,
  locks: [{ relation: 'orders', kind: 'table', mode: 'ACCESS EXCLUSIVE' }],
  heldBefore: [],
  rewritten: ['orders', 'orders_pkey'],
  tables: [{ name: 'orders', rows: 2000, bytes: 106496 }],
  durationMs: 14,
};

async function check(sql: string, measurement: Measured, reportedTables: string[] = []) {
  const [statement] = readMigrationText(await pgParser(), 'm.sql', sql).statements;
  return tableRewrite.check(statement, { measurement, measuredOn: on, reportedTables: new Set(reportedTables) });
}

describe('table-rewrite', () => {
  it('reports a rewritten table that held data, with the measured line and the table', async () => {
    expect(await check('ALTER TABLE orders SET UNLOGGED', unlogged)).toEqual([
      {
        message: 'ALTER TABLE orders SET UNLOGGED: ACCESS EXCLUSIVE on orders, rewrites the table; reads and writes wait (measured on generated rows in the embedded database: orders 2,000 rows, 14 ms).',
        suggestion: expect.stringContaining('A rewrite copies every row while the lock is held.'),
        tables: ['orders'],
      },
    ]);
  });

  it('stays quiet when another finding names the table, when only an index was rebuilt, and without a rewrite', async () => {
    expect(await check('ALTER TABLE orders SET UNLOGGED', unlogged, ['orders'])).toEqual([]);
    expect(await check('REINDEX INDEX orders_pkey', { ...unlogged, rewritten: ['orders_pkey'] })).toEqual([]);
    expect(await check('ALTER TABLE orders ADD COLUMN note text', { ...unlogged, rewritten: [] })).toEqual([]);
  });
});
