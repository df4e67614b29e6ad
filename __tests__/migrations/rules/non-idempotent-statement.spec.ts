import { ruleLines } from '../../helpers/migration-snippet.js';

describe('non-idempotent-statement', () => {
  it("in a file that cannot run in a transaction, reports unguarded CREATE, ADD COLUMN and DROP before its last statement; quiet when guarded and on the last statement", async () => {
    const sql = [
      "SET lock_timeout = '2s'; SET statement_timeout = '1min';",
      "CREATE TABLE audit (id bigint);",
      "CREATE TABLE IF NOT EXISTS audit2 (id bigint);",
      "ALTER TABLE accounts ADD COLUMN a text, ADD COLUMN IF NOT EXISTS b text, DROP COLUMN c, DROP COLUMN IF EXISTS d, DROP CONSTRAINT accounts_e, DROP CONSTRAINT IF EXISTS accounts_f;",
      "DROP TABLE old_audit;",
      "DROP TYPE IF EXISTS mood;",
      "DROP INDEX CONCURRENTLY accounts_old;",
      "CREATE INDEX CONCURRENTLY accounts_a ON accounts (a);",
    ].join('\n');
    expect(await ruleLines('non-idempotent-statement', sql)).toEqual([
      "m.sql:2:1 non-idempotent-statement CREATE TABLE audit without IF NOT EXISTS, in a migration that cannot run in one transaction (line 7): if a later statement fails, re-running the migration fails here.",
      "m.sql:4:1 non-idempotent-statement ALTER TABLE accounts ADD COLUMN a without IF NOT EXISTS, in a migration that cannot run in one transaction (line 7): if a later statement fails, re-running the migration fails here.",
      "m.sql:4:1 non-idempotent-statement ALTER TABLE accounts DROP COLUMN c without IF EXISTS, in a migration that cannot run in one transaction (line 7): if a later statement fails, re-running the migration fails here.",
      "m.sql:4:1 non-idempotent-statement ALTER TABLE accounts DROP CONSTRAINT accounts_e without IF EXISTS, in a migration that cannot run in one transaction (line 7): if a later statement fails, re-running the migration fails here.",
      "m.sql:5:1 non-idempotent-statement DROP TABLE old_audit without IF EXISTS, in a migration that cannot run in one transaction (line 7): if a later statement fails, re-running the migration fails here.",
      "m.sql:7:1 non-idempotent-statement DROP INDEX accounts_old without IF EXISTS, in a migration that cannot run in one transaction (line 7): if a later statement fails, re-running the migration fails here.",
    ]);
  });

  it('reads a file the same way the measuring step does: CREATE TABLESPACE cannot run in a transaction either', async () => {
    const sql = ["SET lock_timeout = '2s'; SET statement_timeout = '1min';", 'CREATE TABLE archive (id bigint);', "CREATE TABLESPACE cold LOCATION '/srv/cold';", 'SELECT 1;'].join('\n');
    expect(await ruleLines('non-idempotent-statement', sql)).toEqual([
      'm.sql:2:1 non-idempotent-statement CREATE TABLE archive without IF NOT EXISTS, in a migration that cannot run in one transaction (line 3): if a later statement fails, re-running the migration fails here.',
    ]);
    const measured = await ruleLines('non-idempotent-statement', sql.replace("CREATE TABLESPACE cold LOCATION '/srv/cold';", 'VACUUM archive;'));
    expect(measured).toEqual([
      'm.sql:2:1 non-idempotent-statement CREATE TABLE archive without IF NOT EXISTS, in a migration that cannot run in one transaction (line 3): if a later statement fails, re-running the migration fails here.',
    ]);
    // Without any such statement the file runs in one transaction: quiet.
    expect(await ruleLines('non-idempotent-statement', sql.replace("CREATE TABLESPACE cold LOCATION '/srv/cold';", 'SELECT 2;'))).toEqual([]);
  });
});
