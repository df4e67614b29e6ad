import { ruleLines } from '../../helpers/migration-snippet.js';

describe('domain-constraint', () => {
  it("reports CREATE DOMAIN with a CHECK and ALTER DOMAIN ADD CONSTRAINT (NOT VALID too); quiet on a domain without a CHECK and on other ALTER DOMAINs", async () => {
    const sql = [
      "CREATE DOMAIN cents AS bigint NOT NULL CHECK (VALUE >= 0);",
      "CREATE DOMAIN note AS text NOT NULL DEFAULT '';",
      "ALTER DOMAIN note ADD CONSTRAINT note_short CHECK (char_length(VALUE) < 500) NOT VALID;",
      "ALTER DOMAIN note SET DEFAULT 'n/a';",
      "ALTER DOMAIN note VALIDATE CONSTRAINT note_short;",
    ].join('\n');
    expect(await ruleLines('domain-constraint', sql)).toEqual([
      "m.sql:1:1 domain-constraint CREATE DOMAIN cents with a CHECK: changing the CHECK later checks every column of type cents in every table at once, and changing a column to cents rewrites its table.",
      "m.sql:3:1 domain-constraint ALTER DOMAIN note ADD CONSTRAINT \u2026 NOT VALID: VALIDATE later scans every column of the domain in every table.",
    ]);
  });
});
