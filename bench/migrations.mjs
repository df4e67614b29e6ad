// The migration check's benchmark (`node bench/migrations.mjs`): the wall-clock time of checking a change that adds
// 10 migrations to a schema of 5, measured on the embedded database (each added migration applied in a rolled-back
// transaction on generated rows, `table-rows` below), with the bundle built from this checkout into a temporary
// folder (dist/ is left alone). 1 warm-up + 5 runs, median. Raw figures go to bench/results/migrations-<date>.json.
// A measurement, not a test: nothing is asserted.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeMachine } from './bench-environment.mjs';

const bench = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(bench);
const log = (line) => console.error(`[bench:migrations] ${line}`);
const WARMUP = 1;
const RUNS = 5;
const TABLE_ROWS = { customers: 10000, products: 2000, orders: 50000, order_items: 100000, payments: 50000 };

const BEFORE = {
  'V1__customers.sql': 'CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL UNIQUE, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());',
  'V2__products.sql': 'CREATE TABLE products (id bigint PRIMARY KEY, sku varchar(32) NOT NULL UNIQUE, price numeric(10, 2) NOT NULL);',
  'V3__orders.sql': "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id), status text NOT NULL DEFAULT 'open', total int NOT NULL, note varchar(40), created_at timestamptz NOT NULL DEFAULT now());",
  'V4__order_items.sql': 'CREATE TABLE order_items (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id), product_id bigint NOT NULL REFERENCES products (id), quantity int NOT NULL);',
  'V5__payments.sql': 'CREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id), amount int NOT NULL, paid_at timestamptz);',
};

// The change: ten migrations of the kinds a pull request adds, safe and unsafe ones.
const CHANGE = {
  'V6__orders_total_bigint.sql': "SET lock_timeout = '2s';\nALTER TABLE orders ALTER COLUMN total TYPE bigint;",
  'V7__orders_note_wider.sql': "SET lock_timeout = '2s';\nALTER TABLE orders ALTER COLUMN note TYPE varchar(200);",
  'V8__orders_status_index.sql': 'CREATE INDEX orders_status ON orders (status);',
  'V9__items_product_index.sql': 'CREATE INDEX CONCURRENTLY order_items_product ON order_items (product_id);',
  'V10__payments_method.sql': "ALTER TABLE payments ADD COLUMN method text NOT NULL DEFAULT 'card';",
  'V11__payments_ref.sql': 'ALTER TABLE payments ADD COLUMN reference uuid DEFAULT gen_random_uuid();',
  'V12__amount_check.sql': "SET lock_timeout = '2s';\nALTER TABLE payments ADD CONSTRAINT payments_amount_positive CHECK (amount >= 0) NOT VALID;\nALTER TABLE payments VALIDATE CONSTRAINT payments_amount_positive;",
  'V13__refunds.sql': 'CREATE TABLE refunds (id bigint PRIMARY KEY, payment_id bigint NOT NULL REFERENCES payments (id), amount int NOT NULL);\nCREATE INDEX refunds_payment ON refunds (payment_id);',
  'V14__customer_name.sql': 'ALTER TABLE customers RENAME COLUMN name TO full_name;',
  'V15__paid_not_null.sql': "SET lock_timeout = '2s';\nALTER TABLE orders ALTER COLUMN status SET NOT NULL;",
};

function git(cwd, ...args) {
  execFileSync('git', args, { cwd, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.com' } });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const loadAtStart = os.loadavg();
const work = mkdtempSync(path.join(os.tmpdir(), 'predator-guard-bench-migrations-'));
try {
  log('building the bundle into a temporary folder');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--outdir', path.join(work, 'build')], { cwd: root, stdio: 'pipe' });
  const cli = path.join(work, 'build', 'dist', 'cli.js');
  const repo = path.join(work, 'repo');
  mkdirSync(path.join(repo, 'db'), { recursive: true });
  for (const [file, sql] of Object.entries(BEFORE)) writeFileSync(path.join(repo, 'db', file), `${sql}\n`);
  const rows = Object.entries(TABLE_ROWS).map(([table, count]) => `${table}: ${count}`).join(', ');
  writeFileSync(path.join(repo, '.predator-guard.yml'), `table-rows: { ${rows} }\n`);
  git(repo, 'init', '-q');
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'before');
  for (const [file, sql] of Object.entries(CHANGE)) writeFileSync(path.join(repo, 'db', file), `${sql}\n`);
  const runs = [];
  for (let run = 0; run < WARMUP + RUNS; run += 1) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [cli, 'migrations', 'db/*.sql', '--diff-base', 'HEAD', '--format', 'json', '--no-baseline'], { cwd: repo, encoding: 'utf8', env: { ...process.env, PREDATOR_GUARD_CACHE_DIR: path.join(work, 'cache') } });
    const wallMs = Math.round(performance.now() - started);
    const report = JSON.parse(result.stdout);
    const stats = report.runs[0].stats;
    runs.push({ warmup: run < WARMUP, exit: result.status, wallMs, durationMs: stats.durationMs, mode: stats.mode, measuredStatements: stats.measuredStatements, notMeasured: stats.notMeasured, findings: report.findings.length });
    log(`run ${run + 1}: ${wallMs} ms wall, ${stats.durationMs} ms in the analyzer, ${report.findings.length} findings (${stats.mode})`);
  }
  const timed = runs.filter((run) => !run.warmup);
  const results = {
    date: new Date().toISOString().slice(0, 10),
    machine: describeMachine(loadAtStart),
    change: { before: Object.keys(BEFORE).length, added: Object.keys(CHANGE).length, tableRows: TABLE_ROWS },
    medianWallMs: median(timed.map((run) => run.wallMs)),
    medianAnalyzerMs: median(timed.map((run) => run.durationMs)),
    runs,
    lastFindings: JSON.parse(spawnSync(process.execPath, [cli, 'migrations', 'db/*.sql', '--diff-base', 'HEAD', '--format', 'json', '--no-baseline'], { cwd: repo, encoding: 'utf8', env: { ...process.env, PREDATOR_GUARD_CACHE_DIR: path.join(work, 'cache') } }).stdout).findings.map(
      (finding) => `${finding.file}:${finding.line} ${finding.rule} ${finding.message}`,
    ),
  };
  const out = path.join(bench, 'results', `migrations-${results.date}.json`);
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  log(`median ${results.medianWallMs} ms wall, ${results.medianAnalyzerMs} ms in the analyzer; wrote ${path.relative(root, out)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
