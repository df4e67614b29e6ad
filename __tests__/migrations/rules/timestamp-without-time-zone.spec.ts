import { ruleLines } from '../../helpers/migration-snippet.js';

describe('timestamp-without-time-zone', () => {
  it("reports timestamp and timestamp without time zone, created, added or changed to; quiet on timestamptz and date", async () => {
    const sql = [
      "CREATE TABLE IF NOT EXISTS visits (a timestamp, b timestamp(3) without time zone, c timestamptz, d timestamp with time zone, e date);",
      "SET lock_timeout = '2s'; SET statement_timeout = '1min';",
      "ALTER TABLE visits ADD COLUMN IF NOT EXISTS f timestamp, ALTER COLUMN c TYPE timestamp;",
    ].join('\n');
    expect(await ruleLines('timestamp-without-time-zone', sql)).toEqual([
      "m.sql:1:1 timestamp-without-time-zone visits.a is timestamp without time zone: the offset a value comes with is dropped, so 21:00+02 and 21:00-06 are stored as the same time.",
      "m.sql:1:1 timestamp-without-time-zone visits.b is timestamp without time zone: the offset a value comes with is dropped, so 21:00+02 and 21:00-06 are stored as the same time.",
      "m.sql:3:1 timestamp-without-time-zone visits.f is timestamp without time zone: the offset a value comes with is dropped, so 21:00+02 and 21:00-06 are stored as the same time.",
      "m.sql:3:1 timestamp-without-time-zone visits.c is timestamp without time zone: the offset a value comes with is dropped, so 21:00+02 and 21:00-06 are stored as the same time.",
    ]);
  });
});
