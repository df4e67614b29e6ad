import { ruleLines } from '../../helpers/migration-snippet.js';

describe('identifier-too-long', () => {
  it('reports a name over 63 bytes once per statement, counting bytes not characters; 63 bytes and a long word in a string are quiet', async () => {
    const long = 'order_line_items_customer_reference_external_payment_provider_id_idx';
    const exactly63 = 'a'.repeat(63);
    const accented = 'é'.repeat(32);
    const sql = [`CREATE INDEX ${long} ON line_items (external_id);`, `ALTER TABLE t ADD COLUMN ${exactly63} int, ADD COLUMN ${accented} int;`, `ALTER TABLE t ADD COLUMN note text DEFAULT '${long}';`].join('\n');
    expect(await ruleLines('identifier-too-long', sql)).toEqual([
      `m.sql:1:1 identifier-too-long ${long} is 68 bytes: PostgreSQL keeps the first 63, so the object is named ${long.slice(0, 63)}; tools that compare names (ORMs, schema diffs) see another name, and two names alike in their first 63 bytes collide.`,
      `m.sql:2:1 identifier-too-long ${accented} is 64 bytes: PostgreSQL keeps the first 63, so the object is named ${'é'.repeat(31)}; tools that compare names (ORMs, schema diffs) see another name, and two names alike in their first 63 bytes collide.`,
    ]);
  });
});
