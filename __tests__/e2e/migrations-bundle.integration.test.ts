import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sharedBuild } from '../helpers/shared-build.js';
import { spawnEnv } from '../helpers/spawn-env.js';

/**
 * The bundle measures migrations on the embedded database it carries: the measurement's chunk is loaded on demand
 * and starts PGlite from the runtime files beside the chunks.
 */
let build: string;
let project: string;
beforeAll(async () => {
  build = await sharedBuild();
  project = mkdtempSync(path.join(tmpdir(), 'predator-guard-migrations-bundle-'));
  mkdirSync(path.join(project, 'db'));
  writeFileSync(path.join(project, 'db', 'V1__orders.sql'), 'CREATE TABLE orders (id bigint PRIMARY KEY, total int);\n');
  writeFileSync(path.join(project, 'db', 'V2__total.sql'), "SET lock_timeout = '2s';\nALTER TABLE orders ALTER COLUMN total TYPE bigint;\n");
  writeFileSync(path.join(project, '.predator-guard.yml'), 'table-rows: { orders: 500 }\n');
}, 600_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

it('measures the migrations on the bundled embedded database', () => {
  const result = spawnSync(process.execPath, [path.join(build, 'dist', 'cli.js'), 'migrations', 'db/*.sql', '--format', 'json'], {
    cwd: project,
    // The run's PGlite data-directory cache when there is one (a fresh start is the cache suites' subject, not this one's).
    env: spawnEnv({ PATH: process.env.PATH, PREDATOR_GUARD_CACHE_DIR: process.env.PREDATOR_GUARD_CACHE_DIR ?? path.join(project, 'cache') }),
    encoding: 'utf8',
  });
  expect(result.status).toBe(0);
  const report = JSON.parse(result.stdout) as { findings: { rule: string; message: string }[]; runs: { stats: { mode: string } }[] };
  expect(report.runs[0].stats.mode).toBe('measured');
  expect(report.findings.map((finding) => `${finding.rule} ${finding.message.replace(/[\d.]+ ms\)/, 'N ms)')}`)).toEqual([
    'column-type-change ALTER TABLE orders ALTER COLUMN total TYPE bigint: ACCESS EXCLUSIVE on orders, rewrites the table; reads and writes wait (measured on generated rows in the embedded database: orders 500 rows, N ms).',
    'missing-statement-timeout A lock on orders with no statement_timeout set before it in the file: a statement that runs longer than planned keeps orders locked until it ends.',
  ]);
}, 120_000);
