import { ruleLines } from '../../helpers/migration-snippet.js';

describe('vacuum-full', () => {
  it("reports VACUUM FULL (written either way) and CLUSTER; quiet on VACUUM and ANALYZE", async () => {
    const sql = [
      "VACUUM FULL orders, order_items;",
      "VACUUM (FULL, ANALYZE) events;",
      "CLUSTER events USING events_pkey;",
      "VACUUM orders;",
      "VACUUM (ANALYZE) orders;",
      "ANALYZE orders;",
    ].join('\n');
    expect(await ruleLines('vacuum-full', sql)).toEqual([
      "m.sql:1:1 vacuum-full VACUUM FULL orders, order_items: rewrites orders, order_items; ACCESS EXCLUSIVE on orders, order_items; reads and writes wait.",
      "m.sql:2:1 vacuum-full VACUUM FULL events: rewrites events; ACCESS EXCLUSIVE on events; reads and writes wait.",
      "m.sql:3:1 vacuum-full CLUSTER events: rewrites events; ACCESS EXCLUSIVE on events; reads and writes wait.",
    ]);
  });
});
