import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { PostgresProbe } from '../../../src/rollout/probes/health-probe.js';
import { checkPostgresProbe, postgresProbeEndpoint } from '../../../src/rollout/probes/postgres-probe.js';
import { postgres15Installed, startPostgres15, type TestPostgres } from '../../helpers/test-postgres.js';

const installed = postgres15Installed();
const describeWithPostgres = installed ? describe : describe.skip;
if (!installed) console.warn('SKIPPED: the PostgreSQL probe against a real server (PostgreSQL 15 not installed; CI=true fails instead).');

const probe = (_url: string): PostgresProbe => ({ kind: 'postgres', name: 'orders-db', connection: { source: 'env', variable: 'ORDERS_DATABASE_URL' }, intervalMs: 30_000, timeoutMs: 5000 });
const envOf = (url: string) => ({ ORDERS_DATABASE_URL: url });

describeWithPostgres('checkPostgresProbe against a real PostgreSQL', () => {
  let server: TestPostgres;

  beforeAll(async () => {
    server = await startPostgres15();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('passes a SELECT 1, and names the server without its password and with the variable it came from', async () => {
    const check = await checkPostgresProbe(probe(server.url), envOf(server.url));
    expect(check).toEqual({ ok: true, latencyMs: expect.any(Number) });
    expect(postgresProbeEndpoint(probe(server.url), envOf(server.url))).toBe(`postgres://${server.user}@127.0.0.1:${server.port}/app (from $ORDERS_DATABASE_URL)`);
  });

  it("fails a wrong password with PostgreSQL's own message, never the password", async () => {
    const wrong = server.url.replace(`:${server.password}@`, ':not-the-password@');
    const check = await checkPostgresProbe(probe(wrong), envOf(wrong));
    expect(check).toEqual({ ok: false, error: `password authentication failed for user "${server.user}" (SQLSTATE 28P01)` });
  });

  it('fails a database that does not exist, from a URL written in the config', async () => {
    const missing = server.url.replace(/\/app$/, '/no_such_db');
    const inConfig: PostgresProbe = { kind: 'postgres', name: 'orders-db', connection: { source: 'url', url: missing }, intervalMs: 30_000, timeoutMs: 5000 };
    expect(await checkPostgresProbe(inConfig, {})).toEqual({ ok: false, error: 'database "no_such_db" does not exist (SQLSTATE 3D000)' });
    expect(postgresProbeEndpoint(inConfig, {})).toBe(`postgres://${server.user}@127.0.0.1:${server.port}/no_such_db`);
  });
});

describe('checkPostgresProbe without a server', () => {
  it('fails a refused connection with the socket error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const url = `postgres://app:secret@127.0.0.1:${port}/app`;
    expect(await checkPostgresProbe(probe(url), envOf(url))).toEqual({ ok: false, error: `connect ECONNREFUSED 127.0.0.1:${port}` });
  });
});
