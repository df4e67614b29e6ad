import { ruleLines } from '../../helpers/migration-snippet.js';

describe('truncate-cascade', () => {
  it("reports TRUNCATE \u2026 CASCADE with every table named; quiet on TRUNCATE without it", async () => {
    const sql = [
      "TRUNCATE TABLE staging.rows, staging.batches CASCADE;",
      "TRUNCATE staging.rows, staging.batches RESTRICT;",
      "TRUNCATE staging.rows;",
    ].join('\n');
    expect(await ruleLines('truncate-cascade', sql)).toEqual([
      "m.sql:1:1 truncate-cascade TRUNCATE staging.rows, staging.batches CASCADE: every table with a foreign key to them, and every table referencing those, is emptied too, without being named here.",
    ]);
  });
});
