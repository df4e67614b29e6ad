import { ruleLines } from '../../helpers/migration-snippet.js';

describe('uncommitted-transaction', () => {
  it("reports a file that ends inside BEGIN, on its last statement; quiet when it commits or rolls back", async () => {
    const sql = [
      "BEGIN;",
      "CREATE TABLE a (id bigint);",
      "COMMIT;",
      "START TRANSACTION;",
      "CREATE TABLE b (id bigint);",
    ].join('\n');
    expect(await ruleLines('uncommitted-transaction', sql)).toEqual([
      "m.sql:5:1 uncommitted-transaction The file ends inside a transaction block (BEGIN with no COMMIT): the tool may report success while the session's end rolls the changes back.",
    ]);
  });
});
