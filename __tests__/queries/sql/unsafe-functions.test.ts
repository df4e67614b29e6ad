import { pgParser, type PgParser } from '../../../src/postgres/sql/pg-parser.js';
import { UNSAFE_FUNCTIONS, unsafeCall } from '../../../src/queries/sql/unsafe-functions.js';

let parser: PgParser;
beforeAll(async () => {
  parser = await pgParser();
});

const callIn = (sql: string) => unsafeCall(parser.parse(sql).stmts?.[0]?.stmt);

describe('unsafeCall', () => {
  it.each([
    ['SELECT pg_terminate_backend(pid) FROM pg_stat_activity', 'pg_terminate_backend()', 'ends another session (backend signalling)'],
    ["SELECT * FROM pg_catalog.pg_create_logical_replication_slot('s', 'pgoutput')", 'pg_create_logical_replication_slot()', 'creates a replication slot, which persists and holds back WAL'],
    ["SELECT set_config('search_path', '', false)", 'set_config(…, false)', 'changes a setting for the rest of the session, not only this transaction'],
    ["SELECT set_config('search_path', '', $1)", 'set_config(…, false)', 'changes a setting for the rest of the session, not only this transaction'],
    ['SELECT pg_try_advisory_lock(42)', 'pg_try_advisory_lock()', 'takes a session-level advisory lock, held after the rollback until the session ends'],
    ["SELECT * FROM dblink('dbname=other', 'SELECT 1') AS t(x int)", 'dblink()', 'connects to another database, where what it does is not rolled back (dblink)'],
    ["UPDATE books SET note = dblink_exec('dbname=other', 'DELETE FROM x')", 'dblink_exec()', 'connects to another database, where what it does is not rolled back (dblink)'],
    ["SELECT lo_export(42, '/tmp/x')", 'lo_export()', 'writes a large object to a server file'],
    ["SELECT pg_read_file('/etc/passwd')", 'pg_read_file()', 'reads a file on the database server'],
    ["INSERT INTO t (id) VALUES (nextval('t_id_seq'))", 'nextval()', 'advances a sequence, and sequence changes are never rolled back'],
    ['SELECT postgres_fdw_disconnect_all()', 'postgres_fdw_disconnect_all()', 'closes foreign-data connections'],
  ])('refuses %s', (sql, call, reason) => {
    expect(callIn(sql)).toEqual({ call, reason });
  });

  it.each([
    "SELECT set_config('search_path', '', true)",
    'SELECT pg_try_advisory_xact_lock(42)',
    "SELECT 'pg_terminate_backend(1)', lower(title) FROM books",
    "SELECT * FROM books WHERE title = 'dblink'",
  ])('lets through %s', (sql) => {
    expect(callIn(sql)).toBeUndefined();
  });

  it('gives a reason for every listed function', () => {
    for (const [name, reason] of Object.entries(UNSAFE_FUNCTIONS)) expect({ name, reason: reason.length > 10 }).toEqual({ name, reason: true });
  });
});
