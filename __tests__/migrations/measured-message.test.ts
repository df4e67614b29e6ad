import { measuredMessage } from '../../src/migrations/measure/measured-message.js';
import type { Measured } from '../../src/migrations/measure/statement-measurement.js';

const on = 'generated rows in the embedded database';
const measured = (fields: Partial<Measured>): Measured => ({ measured: true, locks: [], heldBefore: [], rewritten: [], tables: [], durationMs: 12.4, ...fields });

describe('the measured line', () => {
  it('names the lock per table, the rewrite, who waits, the sizes and time, labelled as measured', () => {
    const rewrite = measured({
      locks: [
        { relation: 'orders', kind: 'table', mode: 'ACCESS EXCLUSIVE' },
        { relation: 'orders', kind: 'table', mode: 'SHARE' },
        { relation: 'orders_pkey', kind: 'index', mode: 'ACCESS EXCLUSIVE' },
      ],
      rewritten: ['orders', 'orders_pkey'],
      tables: [{ name: 'orders', rows: 50000, bytes: 4153344 }],
    });
    expect(measuredMessage('ALTER TABLE orders\n  ALTER COLUMN total TYPE bigint', rewrite, on)).toBe(
      'ALTER TABLE orders ALTER COLUMN total TYPE bigint: ACCESS EXCLUSIVE on orders, rewrites the table; reads and writes wait (measured on generated rows in the embedded database: orders 50,000 rows, 12 ms).',
    );
  });

  it('groups tables under one mode, tells a lock held since an earlier statement, and leaves empty tables unsized', () => {
    const foreignKey = measured({
      locks: [
        { relation: 'customers', kind: 'table', mode: 'SHARE ROW EXCLUSIVE' },
        { relation: 'orders', kind: 'table', mode: 'SHARE ROW EXCLUSIVE' },
      ],
      durationMs: 3.25,
    });
    expect(measuredMessage('ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customers', foreignKey, on)).toBe(
      'ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customers: SHARE ROW EXCLUSIVE on customers and orders; writes wait, reads go on (measured on empty tables in the embedded database (table-rows fills them): 3.3 ms).',
    );
    const held = measured({ heldBefore: [{ relation: 'orders', kind: 'table', mode: 'ACCESS EXCLUSIVE' }] });
    expect(measuredMessage('CREATE INDEX orders_note ON orders (note)', held, on, ['orders'])).toBe(
      'CREATE INDEX orders_note ON orders (note): ACCESS EXCLUSIVE on orders (held since an earlier statement); reads and writes wait (measured on empty tables in the embedded database (table-rows fills them): 12 ms).',
    );
  });

  it('is undefined when no table that held data was locked', () => {
    expect(measuredMessage('CREATE TABLE drafts (id int)', measured({}), on)).toBeUndefined();
    expect(measuredMessage('ALTER INDEX a RENAME TO b', measured({ locks: [{ relation: 'a', kind: 'index', mode: 'ACCESS EXCLUSIVE' }] }), on)).toBeUndefined();
  });
});
