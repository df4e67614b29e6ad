import { ruleLines } from '../../helpers/migration-snippet.js';

describe('generated-column-rewrite', () => {
  it("reports ADD COLUMN of a stored generated or identity column on an existing table; quiet on a virtual generated column, a plain column and a table created in the file", async () => {
    const sql = [
      "SET lock_timeout = '2s'; SET statement_timeout = '1min';",
      "ALTER TABLE orders ADD COLUMN a bigint GENERATED ALWAYS AS (total * 2) STORED;",
      "ALTER TABLE orders ADD COLUMN b bigint GENERATED ALWAYS AS IDENTITY;",
      "ALTER TABLE orders ADD COLUMN c bigint GENERATED ALWAYS AS (total * 3);",
      "ALTER TABLE orders ADD COLUMN d bigint;",
      "CREATE TABLE refunds (amount numeric);",
      "ALTER TABLE refunds ADD COLUMN e bigint GENERATED ALWAYS AS (amount * 100) STORED;",
    ].join('\n');
    expect(await ruleLines('generated-column-rewrite', sql)).toEqual([
      "m.sql:2:1 generated-column-rewrite ALTER TABLE orders ADD COLUMN a: a stored generated column gets a value in every existing row, so the table is rewritten; ACCESS EXCLUSIVE on orders; reads and writes wait.",
      "m.sql:3:1 generated-column-rewrite ALTER TABLE orders ADD COLUMN b: an identity column gets a value in every existing row, so the table is rewritten; ACCESS EXCLUSIVE on orders; reads and writes wait.",
    ]);
  });
});
