// The query audit over real application SQL (`node bench/queries-corpus/run.mjs FOLDER [--every N] [--limit N] [--only S] [--tag T] [--rows N]`):
// every PostgreSQL schema + queries pair of a checkout of sqlc (its examples/ and internal/endtoend/testdata/, as
// each sqlc.json/sqlc.yaml names them) audited on the embedded database, and counted: statements audited, not
// audited by reason, sql-error by SQLSTATE, runs that failed as a whole by cause; statements with `$n` parameters
// explained with values from the data or left with their generic plan (by reason); plan findings by rule and
// severity. FOLDER holds the checkout (clone
// github.com/sqlc-dev/sqlc at SQLC_COMMIT into it). Results go to bench/results/queries-corpus-<YYYY-MM-DD>.json.
// A measurement, not a test: nothing is asserted.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import YAML from 'yaml';
import { describeMachine } from '../bench-environment.mjs';

/** The sqlc commit the figures in docs/benchmarks.md were measured on. */
const SQLC_COMMIT = '99a7d7d0c7b913ded6a60a9d038ece99dcdf7892';
const CASE_ROOTS = ['examples', 'internal/endtoend/testdata'];

const bench = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(bench, '..', '..');
const log = (line) => console.error(`[bench:queries-corpus] ${line}`);
const loadAtStart = os.loadavg();

const args = process.argv.slice(2);
const folder = args.find((arg) => !arg.startsWith('--') && !/^\d+$/.test(arg));
const option = (name) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
if (!folder) {
  console.error(`usage: node bench/queries-corpus/run.mjs FOLDER [--every N] [--limit N] [--only SUBSTR,…] [--tag NAME] [--rows N]\n  FOLDER: a clone of https://github.com/sqlc-dev/sqlc at ${SQLC_COMMIT}`);
  process.exit(2);
}
const checkout = path.resolve(folder);
const commit = execFileSync('git', ['-C', checkout, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
if (commit !== SQLC_COMMIT) log(`note: ${checkout} is at ${commit}, not the pinned ${SQLC_COMMIT}; figures will differ from docs/benchmarks.md`);

/** analyze() from src/, bundled like scripts/docs.mjs does, so the figures are those of the sources, not of dist/. */
async function loadAnalyze() {
  const cache = path.join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const scratch = mkdtempSync(path.join(cache, 'predator-guard-corpus-'));
  const outfile = path.join(scratch, 'analyze.mjs');
  await build({
    absWorkingDir: root,
    stdin: { contents: "export { analyze } from './src/core/analyze.ts';\nexport { defaultConfig } from './src/core/config/config.ts';\n", resolveDir: root, loader: 'ts' },
    outfile, bundle: true, format: 'esm', platform: 'node', packages: 'external', logLevel: 'warning', splitting: false,
  });
  // PGlite's cached data directory is named after its runtime files, looked up beside the bundle (as in dist/):
  // without them every case would run initdb again (10 s instead of 0.5 s).
  const pglite = path.dirname(createRequire(path.join(root, 'package.json')).resolve('@electric-sql/pglite/pglite.wasm'));
  for (const file of ['pglite.wasm', 'pglite.data']) copyFileSync(path.join(pglite, file), path.join(scratch, file));
  // The extensions' tarballs too, as scripts/build.mjs puts them beside dist/'s chunks: a schema creating one loads it from there.
  for (const file of readdirSync(pglite).filter((name) => name.endsWith('.tar.gz'))) copyFileSync(path.join(pglite, file), path.join(scratch, file));
  const pgvector = path.dirname(createRequire(path.join(root, 'package.json')).resolve('@electric-sql/pglite-pgvector'));
  copyFileSync(path.join(pgvector, 'vector.tar.gz'), path.join(scratch, 'vector.tar.gz'));
  const module = await import(pathToFileURL(outfile).href);
  return { ...module, cleanup: () => rmSync(scratch, { recursive: true, force: true }) };
}

/** Every sqlc config under the case roots, with its PostgreSQL schema + queries pairs. */
function findCases() {
  const cases = [];
  const walk = (directory) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const absolute = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(absolute);
      else if (/^sqlc\.(json|ya?ml)$/.test(entry.name)) cases.push(...casesOf(absolute));
    }
  };
  for (const caseRoot of CASE_ROOTS) if (existsSync(path.join(checkout, caseRoot))) walk(path.join(checkout, caseRoot));
  return cases.sort((a, b) => a.name.localeCompare(b.name));
}

function casesOf(configFile) {
  let config;
  try {
    config = YAML.parse(readFileSync(configFile, 'utf8'));
  } catch {
    return [];
  }
  const directory = path.dirname(configFile);
  // sqlc v1 lists `packages` (engine postgresql unless named), v2 lists `sql`.
  const entries = [...(config?.packages ?? []).map((entry) => ({ engine: 'postgresql', ...entry })), ...(config?.sql ?? [])];
  return entries
    .filter((entry) => entry.engine === 'postgresql' && entry.schema && entry.queries)
    .map((entry, index, all) => ({
      name: path.relative(checkout, directory) + (all.length > 1 ? `#${index + 1}` : ''),
      directory,
      schema: sqlFiles(directory, entry.schema),
      queries: sqlFiles(directory, entry.queries),
    }))
    .filter((entry) => entry.schema.length > 0 && entry.queries.length > 0);
}

/** A path or list of paths, each a file or a folder of .sql files (the .down.sql of migrations left out, as sqlc does). */
function sqlFiles(directory, given) {
  const files = [];
  for (const entry of Array.isArray(given) ? given : [given]) {
    const absolute = path.resolve(directory, entry);
    if (!existsSync(absolute)) continue;
    if (statSync(absolute).isFile()) files.push(absolute);
    else files.push(...readdirSync(absolute).filter((name) => name.endsWith('.sql') && !name.endsWith('.down.sql')).sort().map((name) => path.join(absolute, name)));
  }
  return files.map((file) => path.relative(directory, file).split(path.sep).join('/'));
}

/** The first words of a run's error, as a cause to count by. */
function causeOf(error) {
  const message = String(error ?? '');
  if (/extension/i.test(message)) return 'schema: extension';
  if (/^(schema|seed)|applying|cannot be loaded|schema file/i.test(message)) return 'schema: does not load';
  if (/does not parse/.test(message)) return 'schema: does not parse';
  return message.replace(/[^:]*: /, '').slice(0, 60);
}

const sorted = (counts) => Object.fromEntries(Object.entries(counts).sort(([, a], [, b]) => b - a));
const { analyze, defaultConfig, cleanup } = await loadAnalyze();
const limit = Number(option('--limit') ?? Infinity);
const only = option('--only');
// --every N: all of examples/ and every Nth pair of the end-to-end test data, in name order (a sample the same on
// every run, for a machine where the whole corpus takes too long).
const every = Number(option('--every') ?? 1);
const found = findCases();
const cases = found
  .filter((entry, index) => entry.name.startsWith('examples/') || index % every === 0)
  .filter((entry) => !only || only.split(',').some((part) => entry.name.includes(part)))
  .slice(0, limit);
log(`${cases.length} of ${found.length} PostgreSQL schema + queries pairs under ${CASE_ROOTS.join(', ')}`);

// --rows N: every table the pair's schema creates gets N generated rows (table-rows), so that ANALYZE has data and
// parameters get values from it; without it the tables are empty, as sqlc's test data leaves them.
const rowsPerTable = Number(option('--rows') ?? 0);

/** `{ table: N }` for each CREATE TABLE of the pair's schema files (read as text: a measurement, not the loader). */
function tableRows(entry) {
  const names = new Set();
  for (const file of entry.schema) {
    const text = readFileSync(path.join(entry.directory, file), 'utf8').replace(/--[^\n]*/g, '');
    for (const match of text.matchAll(/CREATE\s+(?:UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?("?[\w]+"?(?:\."?[\w]+"?)?)\s*\(/gi)) {
      names.add(match[1].replaceAll('"', ''));
    }
  }
  return Object.fromEntries([...names].map((name) => [name, rowsPerTable]));
}

const totals = {
  pairsInCorpus: found.length, every, cases: cases.length, runsOk: 0, runsFailed: 0, statements: 0, audited: 0, notAudited: 0, sqlErrors: 0,
  withValues: 0, estimateOnly: 0,
};
const notAuditedBy = {};
/** Why a parameterised statement kept its generic plan only, with the parameter number and column left out. */
const genericOnlyBy = {};
/** `rule severity` → count, for the plan rules (index advice is off here). */
const findingsBy = {};
const sqlErrorsBy = {};
const failedBy = {};
const perCase = [];
const started = performance.now();
for (const [index, entry] of cases.entries()) {
  const caseStarted = performance.now();
  const config = {
    ...defaultConfig(entry.directory),
    checks: ['queries'],
    // Index advice has its own benchmark (bench/queries.mjs); here the question is which statements are audited.
    rules: { 'missing-index': { severity: 'off' } },
    settings: { schema: entry.schema, queries: entry.queries, ...(rowsPerTable > 0 ? { 'table-rows': tableRows(entry) } : {}) },
  };
  let report;
  const valued = new Set();
  const onLog = (line) => {
    const withValues = / of (\S+) with \$/.exec(line);
    if (withValues) valued.add(withValues[1]);
    const generic = /keeps its generic plan: (.*)$/.exec(line);
    if (generic) {
      const reason = generic[1].replace(/\$\d+/g, '$n').replace(/no value of \S+ was found/, 'no value of a column was found').replace(/; pin a value in query-params$/, '');
      genericOnlyBy[reason] = (genericOnlyBy[reason] ?? 0) + 1;
    }
  };
  try {
    report = await analyze(config, { log: onLog });
  } catch (error) {
    report = { runs: [{ status: 'failed', error: String(error) }], findings: [] };
  }
  const run = report.runs[0];
  const ms = Math.round(performance.now() - caseStarted);
  if (run.status !== 'ok') {
    totals.runsFailed += 1;
    const cause = causeOf(run.error);
    failedBy[cause] = (failedBy[cause] ?? 0) + 1;
    perCase.push({ name: entry.name, status: 'failed', cause, error: String(run.error).slice(0, 300), ms });
  } else {
    totals.runsOk += 1;
    const stats = run.stats;
    totals.statements += stats.statements ?? 0;
    totals.audited += stats.plans ?? 0;
    totals.notAudited += stats.notAudited ?? 0;
    totals.sqlErrors += stats.sqlErrors ?? 0;
    totals.withValues += valued.size;
    totals.estimateOnly += (stats.estimateOnly ?? []).length;
    for (const finding of report.findings) {
      if (finding.rule !== 'statement-not-audited' && finding.rule !== 'sql-error') {
        const key = `${finding.rule} ${finding.severity}${finding.data?.parameterCase ? ` (${finding.data.parameterCase} values)` : ''}`;
        findingsBy[key] = (findingsBy[key] ?? 0) + 1;
      }
      if (finding.rule === 'statement-not-audited') notAuditedBy[finding.data.reason] = (notAuditedBy[finding.data.reason] ?? 0) + 1;
      if (finding.rule === 'sql-error') {
        const key = finding.data.sqlstate ? `${finding.data.sqlstate} ${String(finding.data.serverMessage).replace(/"[^"]*"/g, '"…"')}` : 'does not parse';
        sqlErrorsBy[key] = (sqlErrorsBy[key] ?? 0) + 1;
      }
    }
    perCase.push({ name: entry.name, status: 'ok', statements: stats.statements, audited: stats.plans, notAudited: stats.notAudited ?? 0, sqlErrors: stats.sqlErrors ?? 0, ms });
  }
  if ((index + 1) % 25 === 0) {
    log(`${index + 1}/${cases.length} in ${Math.round((performance.now() - started) / 1000)}s`);
    // Written as it goes (`done` says how far), so a run cut short still leaves its figures.
    writeResults(index + 1);
  }
}
cleanup();

function writeResults(done) {
  const results = {
    date: new Date().toISOString(),
    sqlcCommit: commit,
    machine: describeMachine(loadAtStart),
    totals: { ...totals, done, seconds: Math.round((performance.now() - started) / 100) / 10 },
    notAuditedBy: sorted(notAuditedBy),
    genericOnlyBy: sorted(genericOnlyBy),
    findingsBy: sorted(findingsBy),
    sqlErrorsBy: sorted(sqlErrorsBy),
    failedBy: sorted(failedBy),
    cases: perCase,
  };
  // --tag NAME keeps a second run of the same day beside the first.
  const tag = option('--tag');
  const out = path.join(root, 'bench', 'results', `queries-corpus-${results.date.slice(0, 10)}${tag ? `-${tag}` : ''}.json`);
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  return { results, out };
}
const { results, out } = writeResults(cases.length);
log(`wrote ${path.relative(root, out)}`);
console.log(JSON.stringify({ totals: results.totals, notAuditedBy: results.notAuditedBy, genericOnlyBy: results.genericOnlyBy, findingsBy: results.findingsBy, failedBy: results.failedBy, topSqlErrors: Object.fromEntries(Object.entries(results.sqlErrorsBy).slice(0, 12)) }, null, 2));
