import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultConfig } from '../../../src/core/config/config.js';
import { UsageError } from '../../../src/core/config/usage-error.js';
import type { PlanDatabase } from '../../../src/postgres/db/plan-database.js';
import { openServerDatabase } from '../../../src/postgres/db/server-database.js';
import { asTarget } from '../../../src/queries/embedded/apply-sql-files.js';
import { openEmbeddedDatabase } from '../../../src/queries/embedded/open-embedded-database.js';
import { loadSchema } from '../../../src/postgres/schema/load-schema.js';
import { readSchemaFile } from '../../../src/postgres/schema/schema-file.js';
import { pgParser } from '../../../src/postgres/sql/pg-parser.js';
import { connect, postgres15Installed, startPostgres15, type TestPostgres } from '../../helpers/test-postgres.js';
import { makeTree } from '../../helpers/temp-tree.js';

/**
 * Real pg_dump output, made at test time by the machine's PostgreSQL 15 (pg_dump 15.14 and later write the
 * `\restrict` guard) from a schema with extensions PGlite ships, an enum, a domain, a generated column, an
 * exclusion constraint, a function, a view, an owner role the embedded database does not have, and rows whose
 * text holds tabs, backslashes, newlines and NULLs: the plain dump loads into the embedded database as psql would
 * load it, data and all, and leaves the search_path as it found it.
 */
const SOURCE_SCHEMA = `
  CREATE EXTENSION pg_trgm;
  CREATE EXTENSION citext;
  CREATE EXTENSION btree_gist;
  CREATE EXTENSION hstore;
  CREATE EXTENSION "uuid-ossp";
  CREATE SCHEMA billing;
  CREATE TYPE billing.state AS ENUM ('open', 'paid', 'void');
  CREATE DOMAIN billing.amount AS numeric(10, 2) CHECK (VALUE >= 0);
  CREATE TABLE billing.accounts (
    id serial PRIMARY KEY,
    email citext NOT NULL UNIQUE,
    tags hstore,
    note text,
    search tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(note, ''))) STORED
  );
  CREATE INDEX accounts_note_trgm ON billing.accounts USING gin (note gin_trgm_ops);
  CREATE TABLE billing.invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id int NOT NULL REFERENCES billing.accounts (id),
    reference uuid NOT NULL DEFAULT uuid_generate_v4(),
    state billing.state NOT NULL DEFAULT 'open',
    total billing.amount NOT NULL,
    lines jsonb NOT NULL DEFAULT '[]',
    during tstzrange NOT NULL,
    EXCLUDE USING gist (account_id WITH =, during WITH &&)
  );
  CREATE FUNCTION billing.open_total(account int) RETURNS numeric LANGUAGE plpgsql STABLE AS $$
  BEGIN
    RETURN (SELECT coalesce(sum(total), 0) FROM billing.invoices WHERE account_id = account AND state = 'open');
  END $$;
  CREATE VIEW billing.open_invoices AS SELECT * FROM billing.invoices WHERE state = 'open';
  INSERT INTO billing.accounts (email, tags, note) VALUES
    ('Ada@Example.com', 'plan => pro', E'tab\\there, backslash \\\\ and\\na new line'),
    ('bob@example.com', NULL, NULL);
  INSERT INTO billing.invoices (account_id, state, total, during)
    SELECT 1 + g % 2, (ARRAY['open', 'paid', 'void'])[1 + g % 3]::billing.state, g, tstzrange('2024-01-01'::timestamptz + g * interval '1 day', '2024-01-01'::timestamptz + (g + 1) * interval '1 day')
      FROM generate_series(1, 300) AS g;
`;

const run = postgres15Installed() ? describe : describe.skip;

run('a pg_dump of PostgreSQL 15 in the embedded database', () => {
  let server: TestPostgres;
  const tree = makeTree({});
  let fullDump: string;
  let schemaDump: string;

  beforeAll(async () => {
    server = await startPostgres15();
    const client = await connect(server);
    try {
      await client.query(SOURCE_SCHEMA);
    } finally {
      await client.end();
    }
    const dump = (...flags: string[]) =>
      execFileSync('/usr/lib/postgresql/15/bin/pg_dump', [...flags, '--dbname', server.url], { encoding: 'utf8', env: { ...process.env, PGCONNECT_TIMEOUT: '10' } });
    fullDump = dump();
    schemaDump = dump('--schema-only');
    writeFileSync(path.join(tree.root, 'full.sql'), fullDump);
    writeFileSync(path.join(tree.root, 'schema.sql'), schemaDump);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    tree.cleanup();
  });

  async function open(settings: Record<string, unknown>): Promise<{ database: PlanDatabase; rowCounts: Record<string, number>; log: string[] }> {
    const log: string[] = [];
    const opened = await openEmbeddedDatabase({ ...defaultConfig(tree.root), settings }, { log: (line) => log.push(line) });
    return { ...opened, log };
  }

  it('is a real psql script: the restrict guard, search_path emptied, COPY rows', () => {
    expect(fullDump).toMatch(/^\\restrict \S+$/m);
    expect(fullDump).toMatch(/^\\unrestrict \S+$/m);
    expect(fullDump).toContain("SELECT pg_catalog.set_config('search_path', '', false);");
    expect(fullDump).toMatch(/^COPY billing\.invoices \(id, account_id, reference, state, total, lines, during\) FROM stdin;$/m);
    expect(fullDump).toContain('ALTER TABLE billing.accounts OWNER TO auditor;');
  });

  it('loads the full dump: rows as they were, sequences past them, owners created, settings back to the defaults', async () => {
    const { database, rowCounts, log } = await open({ schema: 'full.sql' });
    try {
      expect(log).toContain('queries: starting the embedded PostgreSQL (PGlite, in-process) with btree_gist, citext, hstore, pg_trgm, uuid-ossp');
      expect(log).toContain('queries: created the role auditor (NOLOGIN) that full.sql:' + lineOf(fullDump, 'ALTER SCHEMA billing OWNER TO auditor;') + ' names');
      expect(rowCounts).toEqual({ 'billing.accounts': 2, 'billing.invoices': 300 });
      expect(await database.query('SHOW search_path')).toEqual([{ search_path: 'public' }]);
      expect(await database.query("SELECT email::text, tags -> 'plan' AS plan, note, search::text FROM billing.accounts ORDER BY id")).toEqual([
        { email: 'Ada@Example.com', plan: 'pro', note: 'tab\there, backslash \\ and\na new line', search: "'a':5 'and':4 'backslash':3 'here':2 'line':7 'new':6 'tab':1" },
        { email: 'bob@example.com', plan: null, note: null, search: '' },
      ]);
      // citext compares without case; the trigram index and the exclusion constraint came along.
      expect(await database.query("SELECT id FROM billing.accounts WHERE email = 'ada@example.com'")).toEqual([{ id: 1 }]);
      expect(await database.query("SELECT count(*)::int AS n FROM pg_indexes WHERE schemaname = 'billing'")).toEqual([{ n: 5 }]);
      expect(await database.query('SELECT billing.open_total(1)::text AS total')).toEqual([{ total: expect.stringMatching(/^\d+\.00$/) }]);
      // The dumped invoices kept their ids, and the dump's setval moved the identity past them.
      expect(
        await database.query("INSERT INTO billing.invoices (account_id, total, during) VALUES (1, 5, tstzrange('2030-01-01', '2030-01-02')) RETURNING id::int AS id"),
      ).toEqual([{ id: 301 }]);
    } finally {
      await database.close();
    }
  }, 120_000);

  it('loads the schema-only dump with empty tables', async () => {
    const { database, rowCounts } = await open({ schema: 'schema.sql' });
    try {
      expect(rowCounts).toEqual({ 'billing.accounts': 0, 'billing.invoices': 0 });
      expect(await database.query('SHOW search_path')).toEqual([{ search_path: 'public' }]);
      expect(await database.query("SELECT count(*)::int AS n FROM pg_extension WHERE extname IN ('pg_trgm', 'citext', 'btree_gist', 'hstore', 'uuid-ossp')")).toEqual([{ n: 5 }]);
    } finally {
      await database.close();
    }
  }, 120_000);

  it('refuses an extension PGlite lacks before starting it, naming the file, line and statement, and the fix', async () => {
    const withPostgis = schemaDump.replace('CREATE EXTENSION IF NOT EXISTS btree_gist', 'CREATE EXTENSION IF NOT EXISTS postgis WITH SCHEMA public;\nCREATE EXTENSION IF NOT EXISTS btree_gist');
    writeFileSync(path.join(tree.root, 'postgis.sql'), withPostgis);
    const line = lineOf(withPostgis, 'CREATE EXTENSION IF NOT EXISTS postgis WITH SCHEMA public;');
    const failure = open({ schema: 'postgis.sql' });
    await expect(failure).rejects.toThrow(UsageError);
    await expect(failure).rejects.toThrow(
      `schema: postgis.sql:${line}: the embedded database (PGlite) has no extension postgis ("CREATE EXTENSION IF NOT EXISTS postgis WITH SCHEMA public"). ` +
        'Audit against a PostgreSQL server that has postgis installed: set database-url (--database-url) to it. PGlite loads these: amcheck, auto_explain,',
    );
  });

  it('loads the schema-only dump into an emptied server database too, and says that COPY rows need the embedded one', async () => {
    const parser = await pgParser();
    const database = await openServerDatabase(server.url);
    try {
      await database.run('DROP SCHEMA billing CASCADE');
      await database.run('DROP EXTENSION pg_trgm, citext, btree_gist, hstore, "uuid-ossp"');
      const loaded = await loadSchema(asTarget(database), [readSchemaFile(parser, 'schema', 'schema.sql', schemaDump)], { setting: 'schema' });
      expect(loaded.createdRoles).toEqual([]);
      expect(await database.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'billing'")).toEqual([{ n: 2 }]);
      expect(await database.query('SHOW search_path')).toEqual([{ search_path: '"$user", public' }]);
      const copyLine = lineOf(fullDump, 'COPY billing.accounts');
      await database.run('DROP SCHEMA billing CASCADE');
      await database.run('DROP EXTENSION pg_trgm, citext, btree_gist, hstore, "uuid-ossp"');
      await expect(loadSchema(asTarget(database), [readSchemaFile(parser, 'schema', 'full.sql', fullDump)], { setting: 'schema' })).rejects.toThrow(
        new UsageError(
          `schema: full.sql:${copyLine}: the server cannot take the rows of "COPY billing.accounts (id, email, tags, note) FROM stdin". Load the data in the embedded database, or as INSERT statements (pg_dump --inserts).`,
        ),
      );
    } finally {
      await database.close();
    }
  }, 120_000);
});

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}
