// The query-plan audit's benchmark (`node bench/queries.mjs`): plans analysed per second over the shared fixture
// corpus, end-to-end time per statement against a real PostgreSQL 15 that the script starts itself and against the
// embedded default (PGlite), beside `psql -c 'EXPLAIN …'` by hand, and planner calls per index candidate beside
// dexter's algorithm, counted. Every raw figure goes to bench/results/queries-<YYYY-MM-DD>.json. It is a measurement,
// not a test: nothing is asserted. bench/README.md explains each figure; bench/render-queries-table.mjs turns the
// newest results into the tables of docs/benchmarks.md.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describeMachine, ensureBuilt } from './bench-environment.mjs';

const bench = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(bench);
const planCorpus = path.resolve(root, '..', 'shared', 'fixtures', 'plans');
const corpus = path.join(bench, '.corpus', 'queries');
const node = process.execPath;
const dist = path.join(root, 'dist');
// The runs use a copy of dist/, so a rebuild while the benchmark runs (minutes) cannot change what is timed.
const distCopy = path.join(bench, '.corpus', 'dist');
const cli = path.join(distCopy, 'cli.js');
const PG_BIN = '/usr/lib/postgresql/15/bin';
const log = (line) => console.error(`[bench:queries] ${line}`);

const WARMUP = 1;
const RUNS = 5;
const PLAN_WARMUP_ITERATIONS = 20;
const PLAN_ITERATIONS = 200;
/** dexter's defaults (lib/dexter/client.rb, indexer.rb): queries cheaper than this are not advised at all. */
const DEXTER_MIN_COST = 100;

// The bench schema: a shop with enough rows that plans are real ones (1.56 M rows on the server). Only primary keys
// and unique constraints are indexed, as in a young schema: the foreign keys and timestamps are what advice is for.
const SCHEMA_SQL = `CREATE TABLE customers (
  id integer PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name text NOT NULL,
  region text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE TABLE products (
  id integer PRIMARY KEY,
  sku text NOT NULL UNIQUE,
  category text NOT NULL,
  price numeric(10, 2) NOT NULL
);
CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES customers (id),
  status text NOT NULL,
  total numeric(12, 2) NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE TABLE line_items (
  id bigserial PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES orders (id),
  product_id integer NOT NULL REFERENCES products (id),
  quantity integer NOT NULL,
  unit_price numeric(10, 2) NOT NULL
);
`;
const SERVER_ROWS = { customers: 50_000, products: 10_000, orders: 500_000, line_items: 1_000_000 };
// The server's data, with known distributions: 1% of orders refunded, 10% open; a minute between orders.
const SERVER_DATA_SQL = `
INSERT INTO customers SELECT g, 'customer' || g || '@example.com', 'Customer ' || g,
  (ARRAY['north', 'south', 'east', 'west'])[1 + g % 4], timestamptz '2024-01-01' + g * interval '10 minutes'
  FROM generate_series(1, ${SERVER_ROWS.customers}) AS g;
INSERT INTO products SELECT g, 'SKU-' || lpad(g::text, 6, '0'),
  (ARRAY['garden', 'kitchen', 'toys', 'books', 'tools'])[1 + g % 5], (g % 200) + 0.99
  FROM generate_series(1, ${SERVER_ROWS.products}) AS g;
INSERT INTO orders (customer_id, status, total, created_at)
  SELECT 1 + g % ${SERVER_ROWS.customers}, CASE WHEN g % 100 = 0 THEN 'refunded' WHEN g % 10 = 0 THEN 'open' ELSE 'shipped' END,
         (g % 997) + 0.5, timestamptz '2025-06-01' + g * interval '1 minute'
  FROM generate_series(1, ${SERVER_ROWS.orders}) AS g;
INSERT INTO line_items (order_id, product_id, quantity, unit_price)
  SELECT 1 + g % ${SERVER_ROWS.orders}, 1 + (g * 7) % ${SERVER_ROWS.products}, 1 + g % 5, (g % 200) + 0.99
  FROM generate_series(1, ${SERVER_ROWS.line_items}) AS g;
ANALYZE customers, products, orders, line_items;
`;
// PGlite generates its rows itself (table-rows); a tenth of the server's, since it fills them in-process on every run.
const EMBEDDED_ROWS = { customers: 5_000, products: 1_000, orders: 50_000, line_items: 100_000 };

/** What an application sends: point lookups, range scans, joins, ORDER BY … LIMIT, aggregates and one write. */
const STATEMENTS = [
  { id: 'order-by-id', kind: 'point lookup (primary key)', sql: 'SELECT id, status, total FROM orders WHERE id = 424142;' },
  { id: 'customer-by-email', kind: 'point lookup (unique)', sql: "SELECT id, name FROM customers WHERE email = 'customer4241@example.com';" },
  { id: 'orders-of-customer', kind: 'lookup on an unindexed foreign key', sql: 'SELECT id, status, total FROM orders WHERE customer_id = 4241;' },
  { id: 'orders-of-one-day', kind: 'range scan', sql: "SELECT id, total FROM orders\nWHERE created_at >= '2025-09-01' AND created_at < '2025-09-02';" },
  { id: 'open-orders-of-one-day', kind: 'equality + range', sql: "SELECT id, customer_id FROM orders\nWHERE status = 'open' AND created_at >= '2025-09-01' AND created_at < '2025-09-08';" },
  { id: 'latest-orders-of-customer', kind: 'ORDER BY … LIMIT', sql: 'SELECT id, total, created_at FROM orders\nWHERE customer_id = 4241\nORDER BY created_at DESC\nLIMIT 10;' },
  { id: 'latest-orders', kind: 'ORDER BY … LIMIT (whole table)', sql: 'SELECT id, total FROM orders ORDER BY created_at DESC LIMIT 20;' },
  { id: 'latest-refunds', kind: 'rare value + ORDER BY … LIMIT', sql: "SELECT id, total FROM orders\nWHERE status = 'refunded'\nORDER BY created_at DESC\nLIMIT 50;" },
  { id: 'orders-by-email', kind: 'join', sql: "SELECT o.id, o.total FROM orders o\nJOIN customers c ON c.id = o.customer_id\nWHERE c.email = 'customer4241@example.com';" },
  { id: 'items-of-customer', kind: 'three-table join', sql: 'SELECT p.sku, li.quantity FROM line_items li\nJOIN orders o ON o.id = li.order_id\nJOIN products p ON p.id = li.product_id\nWHERE o.customer_id = 4241;' },
  { id: 'items-of-order', kind: 'join + aggregate', sql: 'SELECT p.category, sum(li.quantity * li.unit_price) AS amount FROM line_items li\nJOIN products p ON p.id = li.product_id\nWHERE li.order_id = 4241\nGROUP BY p.category;' },
  { id: 'revenue-by-status', kind: 'aggregate (whole table)', sql: 'SELECT status, count(*), sum(total) FROM orders GROUP BY status;' },
  { id: 'weekly-revenue-by-region', kind: 'join + aggregate over a range', sql: "SELECT c.region, count(*), sum(o.total) FROM orders o\nJOIN customers c ON c.id = o.customer_id\nWHERE o.created_at >= '2025-09-01' AND o.created_at < '2025-09-08'\nGROUP BY c.region;" },
  { id: 'customer-by-name', kind: 'expression filter', sql: "SELECT id, email FROM customers WHERE lower(name) = 'customer 4241';" },
  { id: 'cheap-garden-products', kind: 'two filters, small table', sql: "SELECT id, sku FROM products WHERE category = 'garden' AND price < 5;" },
  { id: 'cancel-open-orders', kind: 'UPDATE (runs, rolled back, with --analyze)', sql: "UPDATE orders SET status = 'cancelled'\nWHERE customer_id = 4241 AND status = 'open';" },
];

if (!existsSync(planCorpus)) throw new Error(`The plan corpus ${planCorpus} is missing: the benchmark reads ../shared/fixtures/plans beside the repository.`);
if (!existsSync(path.join(PG_BIN, 'initdb'))) throw new Error(`PostgreSQL 15 is not installed (no ${PG_BIN}/initdb): apt-get install postgresql-15 postgresql-15-hypopg.`);
if (spawnSync('psql', ['--version']).status !== 0) throw new Error('psql is not on the PATH: apt-get install postgresql-client-15.');
// Other work on the machine skews the figures; the load averages at start and end are recorded to show it.
const loadAtStart = os.loadavg();
ensureBuilt(root, log);
rmSync(distCopy, { recursive: true, force: true });
cpSync(dist, distCopy, { recursive: true, preserveTimestamps: true });
const statementFiles = writeCorpus();

const planThroughput = await measurePlanThroughput();
const server = await startPostgres15();
let serverPart;
try {
  serverPart = await measureServer(server);
} finally {
  server.stop();
}
const embeddedPart = await measureEmbedded();

const results = {
  date: new Date().toISOString(),
  machine: describeMachine(loadAtStart),
  versions: { ...versions(), postgresql: serverPart.serverVersion, hypopg: serverPart.hypopgVersion },
  method: {
    timer: `child processes, ${WARMUP} warm-up + ${RUNS} runs, median`,
    notes: [
      'The CLI runs with --format json --fail-on never, so a finding never ends a run early; each run is checked to exit 0.',
      `PostgreSQL 15 is a throwaway cluster started by this script (fsync off, scram over TCP on 127.0.0.1) and stopped at the end; the hypopg extension is created in its database, so verify-indexes: auto would pick HypoPG there.`,
      'psql by hand: one `psql -X -At -c` process per statement with the same connection, EXPLAIN (FORMAT JSON), or BEGIN; EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) …; ROLLBACK for --analyze.',
      'Embedded: every run starts PGlite, applies the schema, generates the table-rows rows and runs ANALYZE before the first statement; each run is split at the CLI\'s "queries: auditing N statements" log line (load before it, statements and report after it), and the per-statement figure is the median after-part / statements.',
      "dexter's algorithm, counted: dexter (a Ruby gem) cannot be installed here (no rubygems access), so its passes are counted from lib/dexter/indexer.rb and column_resolver.rb over the same statements, parsed with libpg-query, with the server's catalog and the initial plan cost from psql.",
    ],
  },
  planThroughput,
  dataset: { schema: SCHEMA_SQL, serverRows: serverPart.rowCounts, embeddedTableRows: EMBEDDED_ROWS, embeddedRows: embeddedPart.rowCounts },
  statements: STATEMENTS.map(({ id, kind, sql }) => ({ id, kind, sql })),
  endToEnd: [...serverPart.runs, ...embeddedPart.runs],
  byHand: serverPart.byHand,
  indexAdvice: serverPart.indexAdvice,
};
const out = path.join(bench, 'results', `queries-${results.date.slice(0, 10)}.json`);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
log(`wrote ${path.relative(root, out)}`);

// ---- plans analysed per second ----------------------------------------------------------------------------------

/**
 * In-process through the library's public door (dist/index.js `analyze` with the `plan` setting, so reading each
 * file, finding its plans, the rules and the report are all counted), then the CLI's wall-clock for the same corpus.
 */
async function measurePlanThroughput() {
  const files = readdirSync(planCorpus).filter((name) => name.endsWith('.json')).sort();
  const bytes = files.reduce((sum, file) => sum + statSync(path.join(planCorpus, file)).size, 0);
  const { analyze, defaultConfig, mergeConfig } = await import(pathToFileURL(path.join(distCopy, 'index.js')).href);
  const config = mergeConfig(defaultConfig(planCorpus), { checks: ['queries'], baseline: false, settings: { plan: files } });
  const once = async () => {
    const report = await analyze(config);
    const run = report.runs.find((candidate) => candidate.analyzer === 'queries');
    if (run.status !== 'ok') throw new Error(`the plan audit failed: ${run.error}`);
    return { plans: run.stats.plans, findings: report.findings.length };
  };
  for (let i = 0; i < PLAN_WARMUP_ITERATIONS; i++) await once();
  const started = performance.now();
  let last;
  for (let i = 0; i < PLAN_ITERATIONS; i++) last = await once();
  const totalMs = performance.now() - started;
  log(`plan corpus: ${last.plans} plans × ${PLAN_ITERATIONS} in ${Math.round(totalMs)} ms`);

  // --plan takes one value per flag; a comma list passes them all at once.
  const argv = [node, cli, 'queries', '--plan', files.join(','), '--format', 'json', '--fail-on', 'never', '--no-baseline'];
  const wall = time(argv, { cwd: planCorpus, runs: RUNS });
  return {
    corpus: { folder: '../shared/fixtures/plans', files: files.length, bytes, plans: last.plans },
    inProcess: {
      entry: "dist/index.js analyze(config) with checks: ['queries'] and settings.plan = every plan file",
      warmupIterations: PLAN_WARMUP_ITERATIONS,
      iterations: PLAN_ITERATIONS,
      totalMs: round(totalMs),
      msPerCorpus: round(totalMs / PLAN_ITERATIONS),
      msPerPlan: round(totalMs / (PLAN_ITERATIONS * last.plans), 3),
      plansPerSecond: Math.round((PLAN_ITERATIONS * last.plans) / (totalMs / 1000)),
      findingsPerIteration: last.findings,
    },
    cli: { command: `(cd ../shared/fixtures/plans && node dist/cli.js queries --plan <${files.length} files, comma-separated> --format json --fail-on never --no-baseline)`, ...wall, plansPerSecond: Math.round(last.plans / wall.medianS) },
  };
}

// ---- against PostgreSQL 15 --------------------------------------------------------------------------------------

async function measureServer(pgServer) {
  log(`loading ${Object.values(SERVER_ROWS).reduce((a, b) => a + b)} rows into PostgreSQL 15`);
  const loadStarted = performance.now();
  await pgServer.query(SCHEMA_SQL + SERVER_DATA_SQL);
  const loadMs = performance.now() - loadStarted;
  const [{ version }] = await pgServer.query("SELECT current_setting('server_version') AS version");
  const [{ extversion }] = await pgServer.query("SELECT extversion FROM pg_extension WHERE extname = 'hypopg'");
  const rowCounts = Object.fromEntries(await Promise.all(Object.keys(SERVER_ROWS).map(async (table) => [table, Number((await pgServer.query(`SELECT count(*) AS n FROM ${table}`))[0].n)])));

  const files = statementFiles.map((file) => path.relative(corpus, file));
  const audit = (...flags) => [node, cli, 'queries', ...files, '--database-url', pgServer.url, '--format', 'json', '--fail-on', 'never', '--no-baseline', ...flags];
  const runs = [];
  for (const analyze of [false, true]) {
    for (const verifyIndexes of ['off', 'hypopg', 'transaction']) {
      const argv = audit(...(analyze ? ['--analyze'] : []), '--verify-indexes', verifyIndexes);
      const id = `postgresql-15${analyze ? '-analyze' : ''}-advice-${verifyIndexes}`;
      log(`timing ${id}`);
      runs.push(endToEndRun({ id, database: `PostgreSQL ${version}`, analyze, verifyIndexes, argv, runs: RUNS, secret: pgServer.password }));
    }
  }

  const byHand = [false, true].map((analyze) => timeByHand(pgServer, analyze));
  const indexAdvice = await compareIndexAdvice(pgServer, byHand[0]);
  return { serverVersion: version, hypopgVersion: extversion, loadMs: round(loadMs), rowCounts, runs, byHand, indexAdvice };
}

/** One CLI configuration over every statement: its wall-clock, and the report's own stats from one more run. */
function endToEndRun({ id, database, analyze, verifyIndexes, argv, runs, secret, env }) {
  const wall = time(argv, { cwd: corpus, runs, env });
  const report = runReport(argv, { env });
  const stats = report.runs.find((run) => run.analyzer === 'queries').stats;
  return {
    id, database, analyze, verifyIndexes,
    command: displayCommand(argv, secret),
    ...wall,
    statements: stats.statements,
    perStatementMs: round((wall.medianS * 1000) / stats.statements),
    reportDurationMs: stats.durationMs,
    serverVersion: stats.serverVersion,
    indexAdviceStats: stats.indexAdvice,
    findingsByRule: tally(report.findings.map((finding) => finding.rule)),
    // What the advice concluded per statement, so a change in the figures can be traced to a change in outcomes.
    missingIndex: report.findings.filter((finding) => finding.rule === 'missing-index').map(({ file, severity, message }) => ({ file, severity, message })),
  };
}

/**
 * What a user does by hand: one psql per statement, plan as JSON. `--analyze` is matched by running the statement in
 * a transaction that psql rolls back, since a bare EXPLAIN ANALYZE of the UPDATE would change the data.
 */
function timeByHand(pgServer, analyze) {
  log(`timing psql by hand${analyze ? ' (ANALYZE)' : ''}`);
  const env = { ...process.env, PGPASSWORD: pgServer.password };
  const perStatement = STATEMENTS.map((statement) => {
    const sql = statement.sql.replace(/;\s*$/, '');
    const command = analyze ? `BEGIN; EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}; ROLLBACK` : `EXPLAIN (FORMAT JSON) ${sql}`;
    const argv = ['psql', '-X', '-q', '-At', '-h', '127.0.0.1', '-p', String(pgServer.port), '-U', pgServer.user, '-d', pgServer.database, '-c', command];
    const wall = time(argv, { cwd: corpus, runs: RUNS, env });
    const plan = JSON.parse(execFileSync(argv[0], argv.slice(1), { env, encoding: 'utf8' }));
    return { id: statement.id, medianS: wall.medianS, timesS: wall.timesS, totalCost: plan[0].Plan['Total Cost'] };
  });
  const totalS = perStatement.reduce((sum, statement) => sum + statement.medianS, 0);
  return {
    id: analyze ? 'psql-explain-analyze' : 'psql-explain',
    analyze,
    command: analyze
      ? "psql -X -At -c 'BEGIN; EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) <statement>; ROLLBACK' (one process per statement)"
      : "psql -X -At -c 'EXPLAIN (FORMAT JSON) <statement>' (one process per statement)",
    totalS: round(totalS, 4),
    perStatementMs: round((totalS * 1000) / STATEMENTS.length),
    perStatement,
  };
}

// ---- planner calls per index candidate --------------------------------------------------------------------------

/**
 * Each statement audited on its own (plain EXPLAIN, as dexter plans), so the run's stats.indexAdvice are that
 * statement's; beside them, what dexter's algorithm would create and plan for the same statement.
 */
async function compareIndexAdvice(pgServer, plainByHand) {
  const { parse } = await import('libpg-query');
  const catalog = await pgServer.query(`SELECT c.relname AS table, a.attname AS column, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped ORDER BY 1, 2`);
  const perStatement = [];
  for (const [index, statement] of STATEMENTS.entries()) {
    const file = path.relative(corpus, statementFiles[index]);
    const ours = {};
    for (const mode of ['hypopg', 'transaction']) {
      const argv = [node, cli, 'queries', file, '--database-url', pgServer.url, '--format', 'json', '--fail-on', 'never', '--no-baseline', '--verify-indexes', mode];
      const report = runReport(argv, {});
      const suggested = report.findings.filter((finding) => finding.rule === 'missing-index' && finding.suggestion).map((finding) => finding.suggestion);
      ours[mode] = { ...report.runs[0].stats.indexAdvice, suggested };
    }
    const initialCost = plainByHand.perStatement[index].totalCost;
    perStatement.push({ id: statement.id, ours, dexter: countDexter(await parse(statement.sql), catalog, initialCost) });
  }
  const sum = (pick) => perStatement.reduce((total, entry) => total + pick(entry), 0);
  return {
    perStatement,
    totals: {
      hypopg: { candidates: sum((e) => e.ours.hypopg.candidates), plannerCalls: sum((e) => e.ours.hypopg.plannerCalls), kept: sum((e) => e.ours.hypopg.kept) },
      transaction: { candidates: sum((e) => e.ours.transaction.candidates), plannerCalls: sum((e) => e.ours.transaction.plannerCalls), kept: sum((e) => e.ours.transaction.kept) },
      dexter: {
        statementsAdvised: perStatement.filter((e) => e.dexter.hypotheticalIndexes > 0).length,
        hypotheticalIndexes: sum((e) => e.dexter.hypotheticalIndexes),
        explainCalls: sum((e) => e.dexter.explainCalls),
        explainsAfterInitial: sum((e) => e.dexter.explainsAfterInitial),
        indexesPlanned: sum((e) => e.dexter.indexesPlanned),
      },
    },
  };
}

/**
 * dexter's passes for one statement run on its own (`dexter -s "…"`), counted rather than run: the tables are the
 * statement's relations that exist; one initial EXPLAIN; nothing more when its cost is below min_cost (100); the
 * candidate columns are every ColumnRef's last name resolved against every one of those tables that has such a
 * column (json, jsonb and point left out); pass 1 creates a hypothetical index per column and plans once, pass 2
 * adds every ordered pair per table and plans once more. Pass 3 (one more plan per new index, when a winning plan
 * uses several) depends on the plans and is not counted, so the EXPLAIN count is a lower bound.
 */
function countDexter(parseTree, catalog, initialCost) {
  const ctes = new Set(findNodes(parseTree, 'CommonTableExpr').map((cte) => cte.ctename));
  // FROM items are wrapped ({ RangeVar: … }); the target of an INSERT, UPDATE or DELETE is a bare `relation`.
  const ranges = [...findNodes(parseTree, 'RangeVar'), ...findNodes(parseTree, 'relation')];
  const relations = [...new Set(ranges.map((range) => range.relname).filter((name) => name && !ctes.has(name)))];
  const tables = relations.filter((table) => catalog.some((column) => column.table === table)).sort();
  const base = { tables, initialCost, explainCalls: 1, explainsAfterInitial: 0, candidateColumns: 0, singleColumnIndexes: 0, pairIndexes: 0, hypotheticalIndexes: 0, indexesPlanned: 0 };
  if (tables.length === 0 || tables.length < relations.length) return { ...base, stopsBecause: 'a table is missing' };
  if (initialCost < DEXTER_MIN_COST) return { ...base, stopsBecause: `initial cost ${initialCost} < min_cost ${DEXTER_MIN_COST}` };
  const names = new Set(findNodes(parseTree, 'ColumnRef').map((ref) => ref.fields.at(-1)?.String?.sval).filter(Boolean));
  const columns = catalog.filter((column) => tables.includes(column.table) && names.has(column.column) && !['json', 'jsonb', 'point'].includes(column.type));
  if (columns.length === 0) return { ...base, stopsBecause: 'no candidate column' };
  const perTable = tables.map((table) => columns.filter((column) => column.table === table).length);
  const pairIndexes = perTable.reduce((sum, k) => sum + k * (k - 1), 0);
  return {
    ...base,
    explainCalls: 3,
    explainsAfterInitial: 2,
    candidateColumns: columns.length,
    singleColumnIndexes: columns.length,
    pairIndexes,
    hypotheticalIndexes: columns.length + pairIndexes,
    // Pass 1 plans with the single-column indexes, pass 2 with those and the pairs (no reset between them).
    indexesPlanned: columns.length + (columns.length + pairIndexes),
  };
}

/** Every node of one type in libpg-query's JSON tree (`{ "RangeVar": { … } }`), depth first. */
function findNodes(tree, type) {
  const found = [];
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (key === type) found.push(child);
      visit(child);
    }
  };
  visit(tree);
  return found;
}

// ---- the embedded default ---------------------------------------------------------------------------------------

/**
 * The embedded default has no URL: the same statements over PGlite loaded with the schema and `table-rows`. Every
 * run first starts PGlite, applies the schema, generates the rows and runs ANALYZE; the CLI logs "queries: auditing
 * N statements" once that is done, so the time from that line to the exit is the statements' own.
 */
async function measureEmbedded() {
  const configFor = (name, settings) => {
    const file = path.join(corpus, `${name}.yml`);
    writeFileSync(file, `${Object.entries(settings).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join('\n')}\n`);
    return path.basename(file);
  };
  const files = statementFiles.map((file) => path.relative(corpus, file));
  const runs = [];
  let rowCounts;
  for (const analyze of [true, false]) {
    const config = configFor(analyze ? 'embedded-analyze' : 'embedded-explain', { 'table-rows': EMBEDDED_ROWS, analyze });
    for (const verifyIndexes of ['off', 'transaction']) {
      const id = `embedded${analyze ? '-analyze' : ''}-advice-${verifyIndexes}`;
      log(`timing ${id}`);
      const argv = [node, cli, 'queries', ...files, '--schema', 'schema.sql', '--config', config, '--format', 'json', '--fail-on', 'never', '--no-baseline', '--verify-indexes', verifyIndexes];
      const phases = await timePhases(argv, /^queries: auditing \d+ statements? on /m);
      const report = runReport(argv, {});
      const stats = report.runs.find((run) => run.analyzer === 'queries').stats;
      rowCounts = stats.rowCounts;
      runs.push({
        id, database: 'PGlite (embedded)', analyze, verifyIndexes,
        command: displayCommand(argv),
        ...phases.total,
        statements: stats.statements,
        loadS: phases.beforeMark.medianS,
        auditS: phases.afterMark.medianS,
        perStatementMs: round((phases.afterMark.medianS * 1000) / stats.statements),
        reportDurationMs: stats.durationMs,
        serverVersion: stats.serverVersion,
        indexAdviceStats: stats.indexAdvice,
        findingsByRule: tally(report.findings.map((finding) => finding.rule)),
        missingIndex: report.findings.filter((finding) => finding.rule === 'missing-index').map(({ file, severity, message }) => ({ file, severity, message })),
      });
    }
  }
  return { rowCounts, runs };
}

/**
 * Wall times split at the first stderr line matching `mark`: before it (start-up and load) and after it (the audit
 * and the report), each repetition's own split, medians of each part.
 */
async function timePhases(argv, mark) {
  const split = () => new Promise((resolve, reject) => {
    const start = performance.now();
    let markedAt;
    let stderr = '';
    const child = spawn(argv[0], argv.slice(1), { cwd: corpus, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (markedAt === undefined && mark.test(stderr)) markedAt = performance.now();
    });
    child.on('error', reject);
    child.on('close', (status) => {
      const end = performance.now();
      if (status !== 0) return reject(new Error(`the audit exited with ${status}: ${stderr.slice(-2000)}`));
      if (markedAt === undefined) return reject(new Error(`the audit never logged ${mark}: ${stderr.slice(-2000)}`));
      resolve({ total: (end - start) / 1000, before: (markedAt - start) / 1000, after: (end - markedAt) / 1000 });
    });
  });
  const samples = [];
  for (let run = 0; run < WARMUP + RUNS; run++) {
    const sample = await split();
    if (run >= WARMUP) samples.push(sample);
  }
  const summary = (pick) => {
    const times = samples.map(pick);
    const sorted = [...times].sort((a, b) => a - b);
    return { timesS: times.map((value) => round(value, 4)), medianS: round(sorted[Math.floor(sorted.length / 2)], 4), minS: round(sorted[0], 4), maxS: round(sorted.at(-1), 4) };
  };
  return { total: summary((sample) => sample.total), beforeMark: summary((sample) => sample.before), afterMark: summary((sample) => sample.after) };
}

// ---- corpus and server ------------------------------------------------------------------------------------------

/** One file per statement (so one can be audited alone) and the schema. */
function writeCorpus() {
  rmSync(corpus, { recursive: true, force: true });
  mkdirSync(corpus, { recursive: true });
  writeFileSync(path.join(corpus, 'schema.sql'), SCHEMA_SQL);
  return STATEMENTS.map((statement, index) => {
    const file = path.join(corpus, `${String(index + 1).padStart(2, '0')}-${statement.id}.sql`);
    writeFileSync(file, `${statement.sql}\n`);
    return file;
  });
}

/**
 * The machine's PostgreSQL 15 as a throwaway cluster, as __tests__/helpers/test-postgres.ts starts one (that file is
 * TypeScript for jest, so its approach is repeated here): initdb as the `postgres` OS user when running as root,
 * trust on a private Unix socket for setup, scram-sha-256 over TCP for the audited role, durability off.
 */
async function startPostgres15() {
  const { default: pg } = await import('pg');
  const directory = mkdtempSync(path.join(os.tmpdir(), 'predator-guard-bench-pg15-'));
  if (process.getuid?.() === 0) {
    chmodSync(directory, 0o755);
    const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(directory, id('-u'), id('-g'));
  }
  const data = path.join(directory, 'data');
  const asPostgres = (command, args) => {
    const [file, fullArgs] = process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
    const result = spawnSync(file, fullArgs, { encoding: 'utf8', cwd: os.tmpdir() });
    if (result.status !== 0) throw new Error(`${path.basename(command)} failed (${result.status}): ${result.stderr || result.stdout}`);
  };
  asPostgres(path.join(PG_BIN, 'initdb'), ['-D', data, '-U', 'postgres', '--auth-local=trust', '--auth-host=scram-sha-256', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  const settings = ['-p', port, '-k', directory, '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'listen_addresses=127.0.0.1'];
  asPostgres(path.join(PG_BIN, 'pg_ctl'), ['-D', data, '-l', path.join(directory, 'server.log'), '-w', '-o', settings.join(' '), 'start']);
  const stop = () => {
    asPostgres(path.join(PG_BIN, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
    rmSync(directory, { recursive: true, force: true });
  };
  try {
    const password = randomBytes(12).toString('hex');
    const admin = new pg.Client({ host: directory, port, user: 'postgres', database: 'postgres' });
    await admin.connect();
    await admin.query(`CREATE ROLE bench LOGIN PASSWORD '${password}'`);
    await admin.query('CREATE DATABASE bench OWNER bench');
    await admin.end();
    // HypoPG's functions need the extension in the audited database; creating it takes a superuser.
    const inBench = new pg.Client({ host: directory, port, user: 'postgres', database: 'bench' });
    await inBench.connect();
    await inBench.query('CREATE EXTENSION hypopg');
    await inBench.end();
    const url = `postgres://bench:${password}@127.0.0.1:${port}/bench`;
    const query = async (sql) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const result = await client.query(sql);
        return Array.isArray(result) ? result.at(-1).rows : result.rows;
      } finally {
        await client.end();
      }
    };
    return { url, port, user: 'bench', password, database: 'bench', query, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

// ---- running ----------------------------------------------------------------------------------------------------

/** Wall times of every repetition after the warm-up, and their median; a non-zero exit is a broken benchmark. */
function time(argv, { cwd = corpus, runs, env }) {
  const times = [];
  for (let run = 0; run < WARMUP + runs; run++) {
    const start = performance.now();
    const child = spawnSync(argv[0], argv.slice(1), { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`${path.basename(argv[1] ?? argv[0])} exited with ${child.status}: ${child.stderr.slice(-2000)}`);
    if (run >= WARMUP) times.push((performance.now() - start) / 1000);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { timesS: times.map((s) => round(s, 4)), medianS: round(sorted[Math.floor(sorted.length / 2)], 4), minS: round(sorted[0], 4), maxS: round(sorted.at(-1), 4) };
}

/** One more run for the JSON report; a failed audit (a status other than ok) is a broken benchmark too. */
function runReport(argv, { env }) {
  const child = spawnSync(argv[0], argv.slice(1), { cwd: corpus, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (child.status !== 0) throw new Error(`the audit exited with ${child.status}: ${child.stderr.slice(-2000)}`);
  const report = JSON.parse(child.stdout);
  const failed = report.runs.find((run) => run.status !== 'ok');
  if (failed) throw new Error(`the ${failed.analyzer} run failed: ${failed.error}`);
  return report;
}

/** The command as recorded: paths relative to the repository, the statement files named, the password never. */
function displayCommand(argv, secret) {
  const shown = [];
  for (const arg of argv) {
    if (/^\d\d-[\w-]+\.sql$/.test(arg)) {
      if (shown.at(-1) !== '<STATEMENT FILES>') shown.push('<STATEMENT FILES>');
    } else if (secret && arg.includes(secret)) {
      shown.push('"$DATABASE_URL"');
    } else {
      shown.push(arg === node ? 'node' : arg === cli ? 'dist/cli.js' : path.isAbsolute(arg) && arg.startsWith(root) ? path.relative(root, arg) : arg);
    }
  }
  return `(cd bench/.corpus/queries && ${shown.join(' ')})`;
}

// ---- environment ------------------------------------------------------------------------------------------------

function versions() {
  const pkg = (name) => JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  const first = (argv) => execFileSync(argv[0], argv.slice(1), { encoding: 'utf8' }).trim().split('\n')[0];
  return {
    'predator-guard': first([node, cli, '--version']),
    'predator-guard dist/cli.js built': statSync(cli).mtime.toISOString(),
    pg: pkg('pg'),
    '@electric-sql/pglite': pkg('@electric-sql/pglite'),
    'libpg-query': pkg('libpg-query'),
    psql: first(['psql', '--version']),
  };
}

function tally(values) {
  const counts = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

function round(value, digits = 2) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
