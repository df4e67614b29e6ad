import { ruleLines } from '../../helpers/migration-snippet.js';

describe('non-concurrent-reindex', () => {
  it("reports REINDEX of an index, table and schema without CONCURRENTLY; quiet with CONCURRENTLY", async () => {
    const sql = [
      "REINDEX INDEX orders_customer_idx;",
      "REINDEX TABLE billing.invoices;",
      "REINDEX SCHEMA billing;",
      "REINDEX (VERBOSE) TABLE CONCURRENTLY orders;",
      "REINDEX INDEX CONCURRENTLY orders_customer_idx;",
    ].join('\n');
    expect(await ruleLines('non-concurrent-reindex', sql)).toEqual([
      "m.sql:1:1 non-concurrent-reindex REINDEX INDEX orders_customer_idx: the table is locked against writes (SHARE) and each index rebuilt under ACCESS EXCLUSIVE, so writes, and reads that use the index, wait for the rebuild.",
      "m.sql:2:1 non-concurrent-reindex REINDEX TABLE billing.invoices: the table is locked against writes (SHARE) and each index rebuilt under ACCESS EXCLUSIVE, so writes, and reads that use the index, wait for the rebuild.",
      "m.sql:3:1 non-concurrent-reindex REINDEX SCHEMA billing: the table is locked against writes (SHARE) and each index rebuilt under ACCESS EXCLUSIVE, so writes, and reads that use the index, wait for the rebuild.",
    ]);
  });
});
