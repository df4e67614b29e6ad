import type { PlanDatabase } from '../../../src/postgres/db/plan-database.js';
import { openServerDatabase } from '../../../src/postgres/db/server-database.js';
import { PgliteDatabase } from '../../../src/postgres/embedded/pglite-database.js';
import { startPglite } from '../../../src/postgres/embedded/start-pglite.js';
import { pgParser } from '../../../src/postgres/sql/pg-parser.js';
import { lockedTables } from '../../../src/migrations/measure/measured-message.js';
import { measureStatement } from '../../../src/migrations/measure/measure-statement.js';
import { outsideTransaction } from '../../../src/migrations/measure/outside-transaction.js';
import { readMigrationText } from '../../../src/migrations/read-migrations.js';
import { testServers, type TestPostgres } from '../../helpers/test-postgres.js';
import { BASE_SCHEMA, DDL_FORMS, type DdlForm } from './ddl-forms.js';

/** One line per form: `form: table=MODE, … [rewrites t]`, or how it was reported without running. */
async function measuredLine(database: PlanDatabase, { form, sql }: DdlForm): Promise<string> {
  const [statement] = readMigrationText(await pgParser(), 'm.sql', sql).statements;
  const outside = outsideTransaction(statement);
  if (outside) return `${form}: not measured, documented ${outside.documented?.mode} on ${outside.documented?.tables.join(', ') || '(its index)'}`;
  await database.run('BEGIN');
  try {
    const { measurement } = await measureStatement(database, () => database.run(sql), () => false);
    const locks = [...lockedTables(measurement)].map(([table, { mode }]) => `${table}=${mode}`).sort();
    const rewrites = measurement.rewritten.filter((relation) => measurement.tables.some((table) => table.name === relation));
    return `${form}: ${locks.join(', ')}${rewrites.length > 0 ? ` rewrites ${rewrites.join(', ')}` : ''}`;
  } catch {
    return `${form}: refused`;
  } finally {
    await database.run('ROLLBACK');
  }
}

function expectedLine(form: DdlForm, versionNum: number): string {
  if (form.pg15 === 'refused' && versionNum < 180000) return `${form.form}: refused`;
  if (form.documented) return `${form.form}: not measured, documented ${form.documented}`;
  const locks = Object.entries(form.locks).map(([table, mode]) => `${table}=${mode}`).sort();
  return `${form.form}: ${locks.join(', ')}${form.rewrites ? ` rewrites ${form.rewrites.join(', ')}` : ''}`;
}

async function measureAll(database: PlanDatabase): Promise<string[]> {
  await database.run(BASE_SCHEMA);
  const lines: string[] = [];
  for (const form of DDL_FORMS) lines.push(await measuredLine(database, form));
  return lines;
}

it('covers at least 30 DDL forms', () => {
  expect(DDL_FORMS.length).toBeGreaterThanOrEqual(30);
});

describe.each(testServers())('measured locks and rewrites of DDL forms on %s', (_name, start) => {
  let server: TestPostgres;
  let database: PlanDatabase;
  beforeAll(async () => {
    server = await start();
    database = await openServerDatabase(server.url);
  }, 120_000);
  afterAll(async () => {
    await database?.close();
    await server?.close();
  });

  it("equal PostgreSQL's documentation", async () => {
    expect(await measureAll(database)).toEqual(DDL_FORMS.map((form) => expectedLine(form, server.versionNum)));
  }, 120_000);
});

describe('measured locks and rewrites of DDL forms on the embedded database', () => {
  let database: PgliteDatabase;
  beforeAll(async () => {
    database = await PgliteDatabase.over(await startPglite());
  }, 120_000);
  afterAll(() => database?.close());

  it("equal PostgreSQL's documentation", async () => {
    expect(database.identity.versionNum).toBeGreaterThanOrEqual(180000);
    expect(await measureAll(database)).toEqual(DDL_FORMS.map((form) => expectedLine(form, database.identity.versionNum)));
  }, 120_000);
});
