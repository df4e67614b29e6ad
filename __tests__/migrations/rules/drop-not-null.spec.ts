import { ruleLines } from '../../helpers/migration-snippet.js';

describe('drop-not-null', () => {
  it("reports DROP NOT NULL on an existing table; quiet on SET NOT NULL and on a table created in the file", async () => {
    const sql = [
      "SET lock_timeout = '2s'; SET statement_timeout = '1min';",
      "ALTER TABLE users ALTER COLUMN phone DROP NOT NULL, ALTER COLUMN email SET NOT NULL;",
      "CREATE TABLE drafts (body text NOT NULL);",
      "ALTER TABLE drafts ALTER COLUMN body DROP NOT NULL;",
    ].join('\n');
    expect(await ruleLines('drop-not-null', sql)).toEqual([
      "m.sql:2:1 drop-not-null ALTER TABLE users ALTER COLUMN phone DROP NOT NULL: code, triggers and reports that read users.phone were written for a column that never holds NULL.",
    ]);
  });
});
