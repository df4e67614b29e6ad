import { ruleLines } from '../../helpers/migration-snippet.js';

describe('add-required-column', () => {
  it("reports ADD COLUMN NOT NULL or PRIMARY KEY without a default on an existing table; quiet with a default, identity, generated value, serial, or on a table created in the file", async () => {
    const sql = [
      "SET lock_timeout = '2s'; SET statement_timeout = '1min';",
      "ALTER TABLE orders ADD COLUMN region text NOT NULL;",
      "ALTER TABLE orders ADD COLUMN code bigint PRIMARY KEY;",
      "ALTER TABLE orders ADD COLUMN channel text NOT NULL DEFAULT 'web';",
      "ALTER TABLE orders ADD COLUMN seq bigint NOT NULL GENERATED ALWAYS AS IDENTITY;",
      "ALTER TABLE orders ADD COLUMN total_cents bigint NOT NULL GENERATED ALWAYS AS (0) STORED;",
      "ALTER TABLE orders ADD COLUMN note text;",
      "CREATE TABLE coupons (id bigint);",
      "ALTER TABLE coupons ADD COLUMN active boolean NOT NULL;",
    ].join('\n');
    expect(await ruleLines('add-required-column', sql)).toEqual([
      "m.sql:2:1 add-required-column ALTER TABLE orders ADD COLUMN region NOT NULL without a default: it fails if orders holds a row, and once it exists every INSERT that leaves region out fails.",
      "m.sql:3:1 add-required-column ALTER TABLE orders ADD COLUMN code NOT NULL without a default: it fails if orders holds a row, and once it exists every INSERT that leaves code out fails.",
    ]);
  });
});
