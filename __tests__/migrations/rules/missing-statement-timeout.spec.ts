import { ruleLines } from '../../helpers/migration-snippet.js';

describe('missing-statement-timeout', () => {
  it("reports the first lock on an existing table of a file without statement_timeout, once; quiet after SET statement_timeout, reported again after it is set to 0", async () => {
    const sql = [
      "CREATE TABLE t (a int);",
      "CREATE INDEX ON t (a);",
      "SET lock_timeout = '1s';",
      "ALTER TABLE users ADD COLUMN x int;",
      "ALTER TABLE users ADD COLUMN y int;",
    ].join('\n');
    expect(await ruleLines('missing-statement-timeout', sql)).toEqual([
      "m.sql:4:1 missing-statement-timeout A lock on users with no statement_timeout set before it in the file: a statement that runs longer than planned keeps users locked until it ends.",
    ]);
  });
});
