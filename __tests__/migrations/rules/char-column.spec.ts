import { ruleLines } from '../../helpers/migration-snippet.js';

describe('char-column', () => {
  it("reports char and character(n) in CREATE TABLE, ADD COLUMN and ALTER COLUMN TYPE; quiet on text, varchar and the quoted \"char\" type", async () => {
    const sql = [
      "CREATE TABLE IF NOT EXISTS codes (a char(2), b character, c text, d varchar(3), e \"char\");",
      "SET lock_timeout = '2s'; SET statement_timeout = '1min';",
      "ALTER TABLE codes ADD COLUMN f character(10);",
      "ALTER TABLE codes ALTER COLUMN c TYPE bpchar(4);",
    ].join('\n');
    expect(await ruleLines('char-column', sql)).toEqual([
      "m.sql:1:1 char-column codes.a is character(n): values are padded with spaces to the length and compared without them, and PostgreSQL stores it no faster than text.",
      "m.sql:1:1 char-column codes.b is character(n): values are padded with spaces to the length and compared without them, and PostgreSQL stores it no faster than text.",
      "m.sql:3:1 char-column codes.f is character(n): values are padded with spaces to the length and compared without them, and PostgreSQL stores it no faster than text.",
      "m.sql:4:1 char-column codes.c is character(n): values are padded with spaces to the length and compared without them, and PostgreSQL stores it no faster than text.",
    ]);
  });
});
