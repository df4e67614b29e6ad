import path from 'node:path';
import { UsageError } from '../../../src/core/config/usage-error.js';
import { DatabaseError } from '../../../src/postgres/db/plan-database.js';
import { applySqlFiles } from '../../../src/queries/embedded/apply-sql-files.js';
import { uniform } from '../../../src/postgres/embedded/column-values.js';
import { generateRows } from '../../../src/postgres/embedded/generate-rows.js';
import { PgliteDatabase } from '../../../src/postgres/embedded/pglite-database.js';
import { startPglite } from '../../../src/postgres/embedded/start-pglite.js';
import { readTableCatalog, type CatalogTable } from '../../../src/postgres/embedded/table-catalog.js';
import { tableRowsSetting, tablesToFill } from '../../../src/postgres/embedded/table-rows-setting.js';
import { pgParser, type PgParser } from '../../../src/postgres/sql/pg-parser.js';
import { makeTree } from '../../helpers/temp-tree.js';

/**
 * The PlanDatabase over PGlite, and what the user sees when the embedded database cannot be loaded as asked; one
 * PGlite for the whole file.
 */
const tree = makeTree({
  'db/1_ok.sql': 'CREATE TABLE accounts (id serial PRIMARY KEY, owner text NOT NULL);\nCREATE TABLE ledger (id serial PRIMARY KEY, account_id int NOT NULL REFERENCES accounts (id), note text);',
  // The failing spot is on line 5: the second line of the third statement.
  'db/2_bad.sql': '-- adds payments\nCREATE TABLE payments (id serial PRIMARY KEY);\n\nALTER TABLE payments\n  ADD COLUMN paid_at timestampz;\n',
  'db/seed-bad.sql': "INSERT INTO devices (address) VALUES ('10.0.0.1');\nINSERT INTO devices (address)\n  VALUES ('10.0.0.300');",
  'db/odd.sql': 'CREATE TABLE devices (id serial PRIMARY KEY, address inet NOT NULL);\nCREATE TABLE sessions (id serial PRIMARY KEY, address circle);\nCREATE TABLE ports (id serial PRIMARY KEY, mac circle NOT NULL);\nCREATE TABLE tickets (id serial PRIMARY KEY);\nCREATE TABLE regions (country char(2), city text, PRIMARY KEY (country, city));',
});
const file = (relative: string) => ({ absolute: path.join(tree.root, relative), file: relative });

let database: PgliteDatabase;
let parser: PgParser;
let catalog: CatalogTable[];
const log: string[] = [];
beforeAll(async () => {
  parser = await pgParser();
  database = await PgliteDatabase.over(await startPglite());
  await applySqlFiles(database, parser, 'schema', [file('db/1_ok.sql'), file('db/odd.sql')], (line) => log.push(line));
  catalog = await readTableCatalog(database);
}, 120_000);
afterAll(async () => {
  await database?.close();
  tree.cleanup();
});

const named = (name: string) => catalog.find((table) => table.name === name) as CatalogTable;
const byOid = () => new Map(catalog.map((table) => [table.oid, table]));

describe('PgliteDatabase', () => {
  it('says what it is, without a platform string', () => {
    expect(database.identity).toEqual({ kind: 'embedded', version: 'PostgreSQL 18.6 (PGlite 0.5.16)', versionNum: 180006, location: 'PGlite (in-process)' });
  });

  it('sends run() over the simple protocol, so a $1 stays text for GENERIC_PLAN, and binds query() parameters', async () => {
    const [row] = await database.run('EXPLAIN (GENERIC_PLAN, FORMAT JSON) SELECT * FROM accounts WHERE id = $1');
    const [{ Plan: plan }] = row['QUERY PLAN'] as { Plan: { 'Node Type': string; 'Index Cond': string } }[];
    expect(plan['Node Type']).toBe('Index Scan');
    expect(plan['Index Cond']).toBe('(id = $1)');
    expect(await database.query('SELECT $1::int + 1 AS next', [41])).toEqual([{ next: 42 }]);
  });

  it('turns server errors into DatabaseErrors with the SQLSTATE and the 1-based position', async () => {
    const caught = (attempt: Promise<unknown>) => attempt.then(() => 'resolved', (error: unknown) => error);
    const unknownColumn = await caught(database.run('SELECT nope FROM accounts'));
    expect(unknownColumn).toBeInstanceOf(DatabaseError);
    expect(unknownColumn).toMatchObject({ message: 'column "nope" does not exist', code: '42703', position: 8 });
    const divisionByZero = await caught(database.query('SELECT 1 / $1::int AS q', [0]));
    expect(divisionByZero).toBeInstanceOf(DatabaseError);
    expect(divisionByZero).toMatchObject({ message: 'division by zero', code: '22012', position: undefined });
  });

  it('refuses a COPY … FROM stdin without its rows, on which PGlite would freeze the process', async () => {
    const refused = { message: 'COPY … FROM stdin cannot run here: the embedded database has no stdin to read the rows from', code: '0A000' };
    await expect(database.run('CREATE TEMP TABLE copied (id int); copy copied (id)\n  FROM STDIN')).rejects.toMatchObject(refused);
    await expect(database.query('COPY accounts FROM stdin')).rejects.toMatchObject(refused);
    expect(await database.run('COPY (SELECT 1) TO STDOUT')).toEqual([]);
  });
});

describe('the pseudo-random stream', () => {
  it('is deterministic, inside [0, 1), and does not overflow on row numbers past 271,000', async () => {
    const sql = `SELECT ${uniform(42)} AS u FROM (VALUES (1), (300000), (2000000000)) AS g(i)`;
    const first = (await database.query(sql)).map((row) => Number(row.u));
    expect(await database.query(sql)).toEqual(first.map((u) => ({ u })));
    expect(first.every((u) => u >= 0 && u < 1)).toBe(true);
    expect(new Set(first).size).toBe(3);
  });
});

describe('loading the embedded database', () => {
  it('applies a good file statement by statement and reads its tables back', () => {
    expect(log).toEqual(['queries: applying the schema file db/1_ok.sql', 'queries: applying the schema file db/odd.sql']);
    expect(catalog.map((table) => table.name)).toEqual(['accounts', 'devices', 'ledger', 'ports', 'regions', 'sessions', 'tickets']);
  });

  it('names the schema file, the line the server points at, the statement and its message', async () => {
    await expect(applySqlFiles(database, parser, 'schema', [file('db/2_bad.sql')])).rejects.toThrow(
      new UsageError(
        'schema: db/2_bad.sql:5: the embedded database refused "ALTER TABLE payments ADD COLUMN paid_at timestampz": type "timestampz" does not exist (SQLSTATE 42704). ' +
          'Fix the statement, or the order of the files (schema files run in name order, numbers compared as numbers: 2_ before 10_), and run again.',
      ),
    );
    // The statements before the failing one ran: the message points at the one to fix, not at the file.
    expect(await database.query("SELECT count(*)::int AS n FROM pg_class WHERE relname = 'payments'")).toEqual([{ n: 1 }]);
  });

  it('names the seed file, the line of the bad value and the statement', async () => {
    await expect(applySqlFiles(database, parser, 'seed', [file('db/seed-bad.sql')])).rejects.toThrow(
      new UsageError(
        'seed: db/seed-bad.sql:3: the embedded database refused "INSERT INTO devices (address) VALUES (\'10.0.0.300\')": invalid input syntax for type inet: "10.0.0.300" (SQLSTATE 22P02). ' +
          'Fix the statement; seed files run after every schema file, in name order.',
      ),
    );
  });
});

describe('table-rows', () => {
  it('lists the known tables when it names one that does not exist, and matches public.-qualified names', () => {
    expect(() => tablesToFill(new Map([['account', 10]]), catalog)).toThrow(
      new UsageError(
        "table-rows: there is no table 'account' once the schema and seed files have run. Known tables: accounts, devices, ledger, ports, regions, sessions, tickets. " +
          'Use one of these names (schema-qualified outside public, e.g. billing.invoices), or add the table to the schema files.',
      ),
    );
    expect([...tablesToFill(new Map([['public.accounts', 10]]), catalog)].map(([table, rows]) => [table.name, rows])).toEqual([['accounts', 10]]);
  });

  it('matches a name written as the schema wrote it unquoted, which PostgreSQL folded to lower case', () => {
    expect([...tablesToFill(new Map([['Accounts', 10], ['PUBLIC.Devices', 5]]), catalog)].map(([table, rows]) => [table.name, rows])).toEqual([
      ['accounts', 10],
      ['devices', 5],
    ]);
  });

  it('checks the shape of the setting', () => {
    expect(tableRowsSetting({ orders: 5 })).toEqual(new Map([['orders', 5]]));
    expect(() => tableRowsSetting(['orders'])).toThrow(
      new UsageError('table-rows: got ["orders"]; expected a map of table names to row counts, e.g. table-rows: { orders: 100000, customers: 5000 }.'),
    );
    expect(() => tableRowsSetting({ orders: -1 })).toThrow(
      new UsageError('table-rows: orders: got -1; expected a whole number of rows (0 or more), e.g. table-rows: { orders: 100000, customers: 5000 }.'),
    );
  });

  it('refuses a NOT NULL foreign key whose parent has no rows, and fills it once the parent has some', async () => {
    await expect(generateRows(database, parser, named('ledger'), 50, byOid())).rejects.toThrow(
      new UsageError(
        'table-rows: cannot fill ledger: its NOT NULL foreign key (account_id) references accounts, which has no rows to point at. To fix it, give accounts rows too (table-rows: { accounts: N }) or seed it.',
      ),
    );
    const helperTables = "SELECT count(*)::int AS n FROM pg_class WHERE relname LIKE 'predator\\_guard\\_keys%'";
    expect(await database.query(helperTables)).toEqual([{ n: 0 }]);
    expect(await generateRows(database, parser, named('accounts'), 20, byOid())).toBe(20);
    expect(await generateRows(database, parser, named('ledger'), 50, byOid())).toBe(50);
    expect(await database.query('SELECT count(*)::int AS n, count(DISTINCT account_id)::int > 1 AS spread FROM ledger')).toEqual([{ n: 50, spread: true }]);
    expect(await database.query(helperTables)).toEqual([{ n: 0 }]);
  });

  it('refuses a NOT NULL column of a type it cannot generate, and leaves a nullable one NULL', async () => {
    await expect(generateRows(database, parser, named('ports'), 10, byOid())).rejects.toThrow(
      new UsageError(
        'table-rows: cannot generate values for ports.mac (type circle, NOT NULL, no default). Give the column a default, or fill ports with a seed file instead of table-rows.',
      ),
    );
    expect(await generateRows(database, parser, named('sessions'), 10, byOid())).toBe(10);
    expect(await database.query('SELECT count(*)::int AS n, count(address)::int AS addresses FROM sessions')).toEqual([{ n: 10, addresses: 0 }]);
  });

  it('makes the roomier column of a composite key distinct: the city, not the two-character country', async () => {
    expect(await generateRows(database, parser, named('regions'), 500, byOid())).toBe(500);
    expect(await database.query('SELECT count(DISTINCT (country, city))::int AS pairs, count(DISTINCT country)::int < 100 AS few_countries FROM regions')).toEqual([
      { pairs: 500, few_countries: true },
    ]);
  });

  it('fills a table whose only column the server fills, after ids a seed set by hand, and adds nothing to a table already at its size', async () => {
    await database.run('INSERT INTO tickets (id) VALUES (1), (2)');
    expect(await generateRows(database, parser, named('tickets'), 25, byOid())).toBe(23);
    expect(await generateRows(database, parser, named('tickets'), 20, byOid())).toBe(0);
    expect(await database.query('SELECT count(*)::int AS n, max(id) AS last FROM tickets')).toEqual([{ n: 25, last: 25 }]);
  });
});
