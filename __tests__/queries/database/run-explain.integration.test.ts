import type pg from 'pg';
import { UsageError } from '../../../src/core/config/usage-error.js';
import type { PlanDatabase } from '../../../src/postgres/db/plan-database.js';
import { runExplain } from '../../../src/queries/db/run-explain.js';
import { openServerDatabase } from '../../../src/postgres/db/server-database.js';
import type { RawPlanNode } from '../../../src/queries/plan/read-plan-input.js';
import { auditableStatement, type AuditableStatement } from '../../../src/queries/sql/auditable-statement.js';
import { explainScript } from '../../../src/queries/sql/explain-script.js';
import { pgParser, type PgParser } from '../../../src/postgres/sql/pg-parser.js';
import { splitSqlFile } from '../../../src/postgres/sql/split-sql-file.js';
import { connect, createOrderTables, testServers, type TestPostgres } from '../../helpers/test-postgres.js';

const LIMITS = { statementTimeoutMs: 30_000, lockTimeoutMs: 2_000 };

/** Every node of a plan, depth first. */
function nodes(node: RawPlanNode): RawPlanNode[] {
  const children = Array.isArray(node.Plans) ? (node.Plans as RawPlanNode[]) : [];
  return [node, ...children.flatMap(nodes)];
}

describe.each(testServers())('runExplain on %s', (_name, start) => {
  let server: TestPostgres;
  let parser: PgParser;
  let database: PlanDatabase;
  let observer: pg.Client;

  beforeAll(async () => {
    server = await start();
    await createOrderTables(server);
    parser = await pgParser();
    database = await openServerDatabase(server.url);
    observer = await connect(server);
  });
  afterAll(async () => {
    await observer?.end();
    await database?.close();
    await server?.close();
  });

  function statement(sql: string): AuditableStatement {
    const [first] = splitSqlFile(parser, 'sql/q.sql', `-- audited\n\n${sql};\n`);
    return auditableStatement(parser, first);
  }

  async function explain(sql: string, analyze: boolean) {
    const audited = statement(sql);
    const script = explainScript(parser, audited, { analyze, ...LIMITS, serverVersionNum: database.identity.versionNum });
    return { script, plan: await runExplain(database, audited, script, LIMITS) };
  }

  /** What must be true of the session after every audited statement: no transaction, no prepared statement, no SET. */
  async function sessionState() {
    const [state] = await database.run(
      "SELECT (SELECT count(*)::int FROM pg_prepared_statements) AS prepared, current_setting('plan_cache_mode') AS plan_cache_mode, current_setting('statement_timeout') AS statement_timeout, now() = statement_timestamp() AS outside_transaction",
    );
    return state;
  }

  /** Row count and a sum of every row's hash: any changed, added or removed row changes it; order does not. */
  async function checksum(table: string): Promise<string> {
    const { rows } = await observer.query(`SELECT count(*)::int AS rows, coalesce(sum(hashtext(t::text)::numeric), 0)::text AS sum FROM ${table} t`);
    return `${rows[0].rows}:${rows[0].sum}`;
  }

  const cleanSession = { prepared: 0, plan_cache_mode: 'auto', statement_timeout: '0', outside_transaction: true };

  it('plans a $1 statement generically (PREPARE before PostgreSQL 16, GENERIC_PLAN after) and leaves the session clean', async () => {
    const { script, plan } = await explain('SELECT id, amount FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT 10', false);
    const usesPrepare = script.steps.some((step) => step.startsWith('PREPARE '));
    expect([usesPrepare, script.estimateOnly]).toEqual([server.versionNum < 160000, true]);
    expect(plan.Plan['Node Type']).toBe('Limit');
    expect(nodes(plan.Plan).some((node) => 'Actual Rows' in node)).toBe(false);
    expect(await sessionState()).toEqual(cleanSession);
  });

  it('rolls back (and deallocates) after a refused statement and names the statement and the server message', async () => {
    const audited = statement('SELECT * FROM missing_table WHERE id = $1');
    const script = explainScript(parser, audited, { analyze: false, ...LIMITS, serverVersionNum: database.identity.versionNum });
    const error = await runExplain(database, audited, script, LIMITS).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe(
      'sql/q.sql:3: the server refused "SELECT * FROM missing_table WHERE id = $1": relation "missing_table" does not exist (SQLSTATE 42P01). ' +
        'The audited database lacks what the statement uses: apply the migrations (the schema files) to it first, or fix the name.',
    );
    expect(await sessionState()).toEqual(cleanSession);
  });

  it('runs an UPDATE with ANALYZE (its trigger fires for 20 rows) and leaves the table and the trigger\'s table unchanged', async () => {
    const before = [await checksum('orders'), await checksum('order_audit')];
    const { script, plan } = await explain("UPDATE orders SET status = 'cancelled' WHERE customer_id = 7", true);
    expect([script.readOnly, script.analyze]).toEqual([false, true]);
    const scan = nodes(plan.Plan).find((node) => node['Node Type'] === 'Seq Scan');
    expect(scan?.['Actual Rows']).toBe(20);
    expect(plan.Triggers).toEqual([expect.objectContaining({ 'Trigger Name': 'orders_status_audit', Relation: 'orders', Calls: 20 })]);
    expect([await checksum('orders'), await checksum('order_audit')]).toEqual(before);
    expect(before[1]).toBe('0:0');
    expect(await sessionState()).toEqual(cleanSession);
  });

  it('runs a DELETE and an INSERT with ANALYZE and changes no row, though the sequence advances (a rollback cannot undo that)', async () => {
    const before = await checksum('orders');
    const [{ last_value: sequenceBefore }] = (await observer.query('SELECT last_value FROM orders_id_seq')).rows;
    const deleted = await explain('DELETE FROM orders WHERE customer_id = 8', true);
    expect(nodes(deleted.plan.Plan).find((node) => node['Node Type'] === 'Seq Scan')?.['Actual Rows']).toBe(20);
    const inserted = await explain("INSERT INTO orders (customer_id, status, amount, created_at) SELECT id, 'open', 1, now() FROM customers WHERE region = 'north'", true);
    expect(nodes(inserted.plan.Plan).find((node) => node['Node Type'] === 'Seq Scan')?.['Actual Rows']).toBe(2500);
    expect(await checksum('orders')).toBe(before);
    const [{ last_value: sequenceAfter }] = (await observer.query('SELECT last_value FROM orders_id_seq')).rows;
    expect(Number(sequenceAfter) - Number(sequenceBefore)).toBe(2500);
  });

  it('runs a query READ ONLY: a write hidden in a volatile function is refused by the server and nothing is written', async () => {
    const { script } = await explain('SELECT count(*) FROM customers', true);
    expect(script.steps[0]).toBe('BEGIN READ ONLY');
    const error = await explain('SELECT record_visit()', true).catch((caught: unknown) => caught);
    expect((error as UsageError).message).toBe(
      'sql/q.sql:3: the server refused "SELECT record_visit()": cannot execute INSERT in a read-only transaction (SQLSTATE 25006). ' +
        'It writes (through a function) although it reads as a query, and queries run READ ONLY: audit it without analyze, or write it as the INSERT/UPDATE/DELETE it performs.',
    );
    expect(await checksum('visits')).toBe('0:0');
    expect(await sessionState()).toEqual(cleanSession);
  });
});
