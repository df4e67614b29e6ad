import { createServer, type Server, type Socket } from 'node:net';
import { UsageError } from '../../../src/core/config/usage-error.js';
import { connectionError } from '../../../src/postgres/db/connection-error.js';
import { describeDatabaseUrl } from '../../../src/postgres/db/database-url.js';
import { DatabaseError, type PlanDatabase } from '../../../src/postgres/db/plan-database.js';
import { redactSecrets } from '../../../src/postgres/db/redact-secrets.js';
import { openServerDatabase } from '../../../src/postgres/db/server-database.js';
import { testServers, type TestPostgres } from '../../helpers/test-postgres.js';

const URL_FIX = 'Fix the database URL (keep it in a secret, e.g. database-url: ${{ secrets.DATABASE_URL }}).';

async function connectError(url: string, connectTimeoutMs?: number): Promise<UsageError> {
  try {
    const database = await openServerDatabase(url, { connectTimeoutMs });
    await database.close();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`expected ${url} to fail`);
}

describe('describeDatabaseUrl', () => {
  it('names the server without the password and collects every written form of it', () => {
    expect(describeDatabaseUrl('postgres://app:s%40cret@db.internal:6543/orders?sslmode=require')).toEqual({
      location: 'postgres://app@db.internal:6543/orders',
      hostPortDatabase: 'db.internal:6543/orders',
      host: 'db.internal',
      port: 6543,
      database: 'orders',
      user: 'app',
      secrets: ['s%40cret', 's@cret'],
    });
    const defaults = describeDatabaseUrl('postgresql://ci@localhost?password=hunter2');
    expect([defaults.location, defaults.port, defaults.database, defaults.secrets]).toEqual(['postgresql://ci@localhost:5432/ci', 5432, 'ci', ['hunter2']]);
  });

  it('refuses a value that is not a postgres URL without echoing it', () => {
    expect(() => describeDatabaseUrl('host=db password=hunter2')).toThrow(
      new UsageError('database-url: the value is not a URL (not shown: it may hold a password). Expected postgres://USER:PASSWORD@HOST:PORT/DATABASE, e.g. postgres://ci:ci@localhost:5432/app.'),
    );
    expect(() => describeDatabaseUrl('mysql://root:hunter2@db/app')).toThrow(
      new UsageError("database-url: the scheme is 'mysql:'; expected postgres://USER:PASSWORD@HOST:PORT/DATABASE (postgres:// or postgresql://)."),
    );
  });
});

describe('redactSecrets', () => {
  it('replaces the longest secret first, so no part of a password is left', () => {
    expect(redactSecrets('login pa%24s / pa$s failed; pa is fine', ['pa$s', 'pa%24s'])).toBe('login [redacted] / [redacted] failed; pa is fine');
    expect(redactSecrets('nothing to hide', [])).toBe('nothing to hide');
  });

  it('names an unknown host from the resolver\'s error code (the lookup itself needs DNS, which the tests do not use)', () => {
    const address = describeDatabaseUrl('postgres://app:hunter2@db.internal/app');
    const lookup = Object.assign(new Error('getaddrinfo ENOTFOUND db.internal'), { code: 'ENOTFOUND' });
    expect(connectionError(lookup, address, 10_000).message).toBe(
      "database-url: cannot connect to postgres://app@db.internal:5432/app: the host 'db.internal' is unknown (DNS lookup failed). Fix the host name in the database URL; a GitHub Actions service container mapped to a port is reached as localhost.",
    );
  });

  it('scrubs a driver message that echoes the URL it was given', () => {
    const address = describeDatabaseUrl('postgres://app:hunter2@db.internal/app');
    const error = connectionError(new Error('getaddrinfo failed for postgres://app:hunter2@db.internal/app'), address, 10_000);
    expect(error.message).toBe(
      `database-url: cannot connect to postgres://app@db.internal:5432/app: getaddrinfo failed for postgres://app:[redacted]@db.internal/app. ${URL_FIX}`,
    );
  });
});

describe('openServerDatabase without a server', () => {
  let silent: Server;
  let silentPort: number;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    // Accepts the connection and never answers: what a firewall that swallows packets looks like to the driver.
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentPort = (silent.address() as { port: number }).port;
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.destroy());
    await new Promise((resolve) => silent.close(resolve));
  });

  it('fails in the connect timeout when the server never answers, naming host and port', async () => {
    const started = performance.now();
    const error = await connectError(`postgres://app:hunter2@127.0.0.1:${silentPort}/app`, 300);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(error.message).toBe(
      `database-url: cannot connect to postgres://app@127.0.0.1:${silentPort}/app: no answer within 0.3s. Check that 127.0.0.1:${silentPort} is reachable from this machine (firewall, VPN, security group) and that the host and port are right.`,
    );
  });

  it('says the connection was refused when nothing listens on the port', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const error = await connectError(`postgres://app:hunter2@127.0.0.1:${closed}/app`);
    expect(error.message).toBe(
      `database-url: cannot connect to postgres://app@127.0.0.1:${closed}/app: connection refused (nothing listens on 127.0.0.1:${closed}). Start the server, or fix the host and port in the database URL.`,
    );
  });
});

describe.each(testServers())('openServerDatabase on %s', (_name, start) => {
  let server: TestPostgres;
  let database: PlanDatabase;

  beforeAll(async () => {
    server = await start();
    database = await openServerDatabase(server.url);
  });
  afterAll(async () => {
    await database?.close();
    await server?.close();
  });

  it('reports the server, its version and where it is, without the password', () => {
    expect(database.identity).toEqual({
      kind: 'server',
      version: `PostgreSQL ${server.version}`,
      versionNum: server.versionNum,
      location: server.location,
    });
  });

  it('runs commands over the simple protocol and reads the catalog with parameters', async () => {
    expect(await database.run('SELECT 1 AS one; ')).toEqual([{ one: 1 }]);
    expect(await database.query('SELECT $1::text AS name', ['orders'])).toEqual([{ name: 'orders' }]);
  });

  it('throws the server error as a DatabaseError with its SQLSTATE and position', async () => {
    const error = await database.run('SELECT * FROM no_such_table').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatabaseError);
    expect([(error as DatabaseError).message, (error as DatabaseError).code, (error as DatabaseError).position]).toEqual([
      'relation "no_such_table" does not exist',
      '42P01',
      15,
    ]);
  });

  it('refuses a wrong password with a message that names the user and never the password', async () => {
    const wrong = `${server.password}-wrong`;
    const error = await connectError(server.url.replace(`:${server.password}@`, `:${wrong}@`));
    expect(error.message).toBe(
      `database-url: cannot connect to ${server.location}: password authentication failed for user "${server.user}". Give the right user and password. ${URL_FIX}`,
    );
    expect(error.message).not.toContain(server.password);
  });

  it('names a database that does not exist', async () => {
    const error = await connectError(server.url.replace(new RegExp(`/${server.database}$`), '/no_such_db'));
    expect(error.message).toBe(
      `database-url: cannot connect to ${server.location.replace(new RegExp(`/${server.database}$`), '/no_such_db')}: database "no_such_db" does not exist. Create it, or fix the database name at the end of the URL.`,
    );
  });
});
