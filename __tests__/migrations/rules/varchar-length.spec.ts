import { ruleLines } from '../../helpers/migration-snippet.js';

describe('varchar-length', () => {
  it("reports varchar(n) created, added or changed to; quiet on varchar without a length and on text", async () => {
    const sql = [
      "CREATE TABLE IF NOT EXISTS people (a varchar(40), b character varying(10), c varchar, d text);",
      "SET lock_timeout = '2s'; SET statement_timeout = '1min';",
      "ALTER TABLE people ADD COLUMN IF NOT EXISTS e varchar(5), ALTER COLUMN d TYPE varchar(300);",
    ].join('\n');
    expect(await ruleLines('varchar-length', sql)).toEqual([
      "m.sql:1:1 varchar-length people.a is varchar(n): changing the limit later takes ACCESS EXCLUSIVE on people (lowering it rewrites the table).",
      "m.sql:1:1 varchar-length people.b is varchar(n): changing the limit later takes ACCESS EXCLUSIVE on people (lowering it rewrites the table).",
      "m.sql:3:1 varchar-length people.e is varchar(n): changing the limit later takes ACCESS EXCLUSIVE on people (lowering it rewrites the table).",
      "m.sql:3:1 varchar-length people.d is varchar(n): changing the limit later takes ACCESS EXCLUSIVE on people (lowering it rewrites the table).",
    ]);
  });
});
