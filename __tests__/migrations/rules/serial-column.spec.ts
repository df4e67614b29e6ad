import { ruleLines } from '../../helpers/migration-snippet.js';

describe('serial-column', () => {
  it("reports serial, bigserial and smallserial columns; quiet on identity columns", async () => {
    const sql = [
      "CREATE TABLE IF NOT EXISTS tickets (id bigserial PRIMARY KEY, seat serial4, row_no smallserial, other bigint GENERATED ALWAYS AS IDENTITY);",
      "SET lock_timeout = '2s'; SET statement_timeout = '1min';",
      "ALTER TABLE tickets ADD COLUMN IF NOT EXISTS n serial8;",
    ].join('\n');
    expect(await ruleLines('serial-column', sql)).toEqual([
      "m.sql:1:1 serial-column tickets.id is bigserial: its sequence is a separate object, so grants, copies of the table and resetting the counter each need it handled by hand.",
      "m.sql:1:1 serial-column tickets.seat is serial4: its sequence is a separate object, so grants, copies of the table and resetting the counter each need it handled by hand.",
      "m.sql:1:1 serial-column tickets.row_no is smallserial: its sequence is a separate object, so grants, copies of the table and resetting the counter each need it handled by hand.",
      "m.sql:3:1 serial-column tickets.n is serial8: its sequence is a separate object, so grants, copies of the table and resetting the counter each need it handled by hand.",
    ]);
  });
});
