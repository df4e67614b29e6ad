import { ruleLines } from '../../helpers/migration-snippet.js';

describe('enum-value-without-position', () => {
  it("reports ADD VALUE without BEFORE or AFTER; quiet with a position and on RENAME VALUE", async () => {
    const sql = [
      "ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded';",
      "ALTER TYPE order_status ADD VALUE 'packed' BEFORE 'shipped';",
      "ALTER TYPE order_status ADD VALUE 'paid' AFTER 'placed';",
      "ALTER TYPE order_status RENAME VALUE 'gone' TO 'cancelled';",
    ].join('\n');
    expect(await ruleLines('enum-value-without-position', sql)).toEqual([
      "m.sql:1:1 enum-value-without-position ALTER TYPE order_status ADD VALUE 'refunded' with no BEFORE or AFTER: it sorts after every existing value, so comparisons and ORDER BY on order_status put it last.",
    ]);
  });
});
