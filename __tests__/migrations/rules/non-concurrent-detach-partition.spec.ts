import { ruleLines } from '../../helpers/migration-snippet.js';

describe('non-concurrent-detach-partition', () => {
  it("reports DETACH PARTITION without CONCURRENTLY on an existing table; quiet with CONCURRENTLY, on ATTACH and on a table created in the file", async () => {
    const sql = [
      "SET lock_timeout = '2s'; SET statement_timeout = '1min';",
      "ALTER TABLE measurements DETACH PARTITION measurements_2022;",
      "ALTER TABLE measurements DETACH PARTITION measurements_2023 CONCURRENTLY;",
      "ALTER TABLE measurements ATTACH PARTITION measurements_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');",
      "CREATE TABLE logs (at timestamptz) PARTITION BY RANGE (at);",
      "ALTER TABLE logs DETACH PARTITION logs_old;",
    ].join('\n');
    expect(await ruleLines('non-concurrent-detach-partition', sql)).toEqual([
      "m.sql:2:1 non-concurrent-detach-partition ALTER TABLE measurements DETACH PARTITION measurements_2022: ACCESS EXCLUSIVE on measurements; reads and writes wait.",
    ]);
  });
});
