// The query audit over real application SQL (`node bench/queries-corpus/run.mjs FOLDER [--corpus NAME,…] [--every N]
// [--limit N] [--only S] [--tag T]`): each corpus of corpus.json — sqlc's PostgreSQL schema + queries pairs (its
// examples/ and internal/endtoend/testdata/), listmonk's and river's schema and query files — audited on the
// embedded database as its checkout in FOLDER/<folder> holds it (pinned to the commit corpus.json lists; the bench
// never downloads one), tables filled with the rows corpus.json gives them (table-rows), index advice on for the
// applications and sqlc's examples/. It counts statements audited (explained and judged) / not audited by reason
// (those of a run that fails as a whole under "run failed: <cause>"), those with no plan in PostgreSQL and sql-error
// by SQLSTATE apart, and the share audited of the statements that can have a plan,
// findings by rule and severity, and joins every kept index suggestion and every other finding at warning or above
// with labels.json, listing what has no label yet. Results go to bench/results/queries-corpus-<YYYY-MM-DD>[-tag].json.
// A measurement, not a test: nothing is asserted.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describeMachine } from '../bench-environment.mjs';
import { corpusCases } from './corpus-cases.mjs';
import { joinLabels, labelledItems, readLabels } from './labels.mjs';

const bench = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(bench, '..', '..');
const log = (line) => console.error(`[bench:queries-corpus] ${line}`);
const loadAtStart = os.loadavg();
const manifest = JSON.parse(readFileSync(path.join(bench, 'corpus.json'), 'utf8'));

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const folder = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'));
if (!folder) {
  const layout = manifest.corpora.map((corpus) => `  FOLDER/${corpus.folder}: ${corpus.repository} at ${corpus.commit}`).join('\n');
  console.error(`usage: node bench/queries-corpus/run.mjs FOLDER [--corpus NAME,…] [--every N] [--limit N] [--only SUBSTR,…] [--tag NAME]\n${layout}`);
  process.exit(2);
}

/** analyze() from src/, bundled like scripts/docs.mjs does, so the figures are those of the sources, not of dist/. */
async function loadAnalyze() {
  const cache = path.join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const scratch = mkdtempSync(path.join(cache, 'predator-guard-corpus-'));
  const outfile = path.join(scratch, 'analyze.mjs');
  await build({
    absWorkingDir: root,
    stdin: {
      contents: [
        "export { analyze } from './src/core/analyze.ts';",
        "export { defaultConfig } from './src/core/config/config.ts';",
        "export { pgParser } from './src/postgres/sql/pg-parser.ts';",
        "export { splitSqlTolerant } from './src/queries/sql/split-sql-tolerant.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
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
  return { ...module, scratch, cleanup: () => rmSync(scratch, { recursive: true, force: true }) };
}

/** `{ table: N }` for each CREATE TABLE of a sqlc pair's schema files (read as text: a measurement, not the loader). */
function sqlcTableRows(corpus, entry) {
  const sizes = Object.entries(corpus['table-rows'] ?? {}).find(([prefix]) => entry.name.startsWith(prefix))?.[1] ?? {};
  const names = new Set();
  for (const file of entry.schema) {
    const text = readFileSync(path.join(entry.directory, file), 'utf8').replace(/--[^\n]*/g, '');
    for (const match of text.matchAll(/CREATE\s+(?:UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?("?[\w]+"?(?:\."?[\w]+"?)?)\s*\(/gi)) {
      names.add(match[1].replaceAll('"', ''));
    }
  }
  return Object.fromEntries([...names].map((name) => [name, sizes[name.replace(/^.*\./, '')] ?? corpus.defaultRows]));
}

function caseConfig(corpus, entry) {
  const sqlc = corpus.kind === 'sqlc-pairs';
  const advice = !sqlc || (corpus.indexAdvice ?? []).some((prefix) => entry.name.startsWith(prefix));
  return {
    ...defaultConfig(entry.directory),
    checks: ['queries'],
    // Off for sqlc's end-to-end test data: schemas written to test the code generator, where the question is which
    // statements are audited; on for the applications and sqlc's examples, where it is what a DBA would keep.
    rules: advice ? {} : { 'missing-index': { severity: 'off' } },
    settings: {
      schema: entry.schema,
      queries: entry.queries,
      'table-rows': sqlc ? sqlcTableRows(corpus, entry) : corpus['table-rows'],
      ...(corpus['params-style'] ? { 'params-style': corpus['params-style'] } : {}),
    },
  };
}

const sorted = (counts) => Object.fromEntries(Object.entries(counts).sort(([, a], [, b]) => b - a));
const count = (counts, key) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** The first words of a run's error, as a cause to count by. */
function causeOf(error) {
  const message = String(error ?? '');
  if (/extension/i.test(message)) return 'schema: extension';
  if (/^(schema|seed)|applying|cannot be loaded|schema file/i.test(message)) return 'schema: does not load';
  if (/does not parse/.test(message)) return 'schema: does not parse';
  if (/^table-rows/.test(message)) return 'table-rows: a column it cannot fill';
  return message.replace(/[^:]*: /, '').slice(0, 60);
}

const { analyze, defaultConfig, pgParser, splitSqlTolerant, scratch, cleanup } = await loadAnalyze();
const parser = await pgParser();

/** The statements of a case's query files, parsing or not, as the audit would count them: for a run that fails as a whole. */
function statementsIn(entry) {
  let total = 0;
  for (const file of entry.queries) {
    const { statements, failures } = splitSqlTolerant(parser, file, readFileSync(path.join(entry.directory, file), 'utf8'));
    total += statements.length + failures.length;
  }
  return total;
}

/**
 * The tables a run reports it found, from its "there is no table 'x' … Known tables: a, b." error: the bench's
 * CREATE TABLE scan reads the schema files as text and cannot follow a later DROP, RENAME or SET SCHEMA; the loaded
 * schema can. Undefined when the error is another one or names no table.
 */
function knownTables(error) {
  const known = /there is no table '[^']*' once the schema and seed files have run\. Known tables: (.*?)\. Use one of these names/.exec(String(error ?? ''))?.[1];
  if (!known || known.startsWith('none')) return known ? [] : undefined;
  return known.split(', ');
}

/** The audit of one case; a table-rows naming the scan got wrong is named again from the tables the schema left, once. */
async function auditCase(corpus, entry, onLog) {
  const config = caseConfig(corpus, entry);
  let report = await runAudit(config, onLog);
  const tables = report.runs[0].status === 'ok' ? undefined : knownTables(report.runs[0].error);
  if (tables && corpus.kind === 'sqlc-pairs') {
    const sizes = Object.entries(corpus['table-rows'] ?? {}).find(([prefix]) => entry.name.startsWith(prefix))?.[1] ?? {};
    const tableRows = Object.fromEntries(tables.map((name) => [name, sizes[name.replace(/^.*\./, '')] ?? corpus.defaultRows]));
    report = await runAudit({ ...config, settings: { ...config.settings, 'table-rows': tableRows } }, onLog);
  }
  return report;
}

async function runAudit(config, onLog) {
  try {
    return await analyze(config, { log: onLog });
  } catch (error) {
    return { runs: [{ status: 'failed', error: String(error) }], findings: [] };
  }
}

/**
 * Statements with no plan in PostgreSQL at all, whatever the tool does: transaction control, SET, COPY, … (not-explainable)
 * and DDL the audit applied as schema. They are counted apart, as sql-error statements are (the database refused
 * them: sqlc's test data holds deliberately invalid SQL), and left out of the share audited.
 */
const NO_PLAN = new Set(['not-explainable', 'applied-as-schema']);
const labels = readLabels(path.join(bench, 'labels.json'));
const chosen = option('--corpus')?.split(',');
const limit = Number(option('--limit') ?? Infinity);
const only = option('--only');
// --every N: all of sqlc's examples/ and every Nth pair of its end-to-end test data, in name order (a sample the same
// on every run, for a machine where the whole corpus takes too long).
const every = Number(option('--every') ?? 1);
const started = performance.now();
const results = { date: new Date().toISOString(), every, corpora: {}, items: [] };

function writeResults() {
  const { joined, counts } = joinLabels(results.items, labels);
  for (const [name, labelCounts] of Object.entries(counts)) if (results.corpora[name]) results.corpora[name].labels = labelCounts;
  const out = { ...results, machine: describeMachine(loadAtStart), seconds: Math.round((performance.now() - started) / 100) / 10, items: joined };
  const tag = option('--tag');
  const file = path.join(root, 'bench', 'results', `queries-corpus-${results.date.slice(0, 10)}${tag ? `-${tag}` : ''}.json`);
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  return { out, file };
}

for (const corpus of manifest.corpora.filter((candidate) => !chosen || chosen.includes(candidate.name))) {
  const checkout = path.resolve(folder, corpus.folder);
  if (!existsSync(checkout)) {
    log(`${corpus.name}: no checkout at ${checkout} (clone ${corpus.repository} at ${corpus.commit}); skipped`);
    continue;
  }
  const commit = execFileSync('git', ['-C', checkout, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  if (commit !== corpus.commit) log(`note: ${corpus.name} is at ${commit}, not the pinned ${corpus.commit}; figures will differ from docs/benchmarks.md`);
  const found = corpusCases(corpus, checkout, scratch);
  const cases = found
    .filter((entry, index) => corpus.kind !== 'sqlc-pairs' || entry.name.startsWith('examples/') || index % every === 0)
    .filter((entry) => !only || only.split(',').some((part) => entry.name.includes(part)))
    .slice(0, limit);
  log(`${corpus.name}: ${cases.length} of ${found.length} schema + queries cases`);
  const totals = {
    commit, cases: cases.length, casesInCorpus: found.length, runsOk: 0, runsFailed: 0, statements: 0, audited: 0, notAudited: 0, sqlErrors: 0,
    noPlan: 0, inFailedRuns: 0, withValues: 0, estimateOnly: 0, seconds: 0,
  };
  const figures = { totals, notAuditedBy: {}, sqlErrorsBy: {}, findingsBy: {}, genericOnlyBy: {}, failedBy: {}, indexAdvice: {}, cases: [] };
  results.corpora[corpus.name] = figures;
  const corpusStarted = performance.now();
  for (const [index, entry] of cases.entries()) {
    const caseStarted = performance.now();
    const valued = new Set();
    const onLog = (line) => {
      const withValues = / of (\S+) with \$/.exec(line);
      if (withValues) valued.add(withValues[1]);
      const generic = /keeps its generic plan: (.*)$/.exec(line);
      if (generic) count(figures.genericOnlyBy, generic[1].replace(/\$\d+/g, '$n').replace(/no value of \S+ was found/, 'no value of a column was found').replace(/; pin a value in query-params$/, ''));
    };
    const report = await auditCase(corpus, entry, onLog);
    const run = report.runs[0];
    const ms = Math.round(performance.now() - caseStarted);
    if (run.status !== 'ok') {
      // Its statements are not audited, for the run's cause: counted, not dropped.
      const statements = statementsIn(entry);
      totals.runsFailed += 1;
      totals.statements += statements;
      totals.notAudited += statements;
      totals.inFailedRuns += statements;
      const cause = causeOf(run.error);
      count(figures.failedBy, cause);
      figures.notAuditedBy[`run failed: ${cause}`] = (figures.notAuditedBy[`run failed: ${cause}`] ?? 0) + statements;
      figures.cases.push({ name: entry.name, status: 'failed', cause, statements, error: String(run.error).slice(0, 300), ms });
      continue;
    }
    totals.runsOk += 1;
    const stats = run.stats;
    totals.statements += stats.statements ?? 0;
    totals.audited += stats.plans ?? 0;
    totals.notAudited += stats.notAudited ?? 0;
    totals.sqlErrors += stats.sqlErrors ?? 0;
    totals.withValues += valued.size;
    totals.estimateOnly += (stats.estimateOnly ?? []).length;
    for (const [key, value] of Object.entries(stats.indexAdvice ?? {})) if (typeof value === 'number') figures.indexAdvice[key] = (figures.indexAdvice[key] ?? 0) + value;
    for (const finding of report.findings) {
      if (finding.rule === 'statement-not-audited') {
        count(figures.notAuditedBy, finding.data.reason);
        if (NO_PLAN.has(finding.data.reason)) totals.noPlan += 1;
      }
      else if (finding.rule === 'sql-error') count(figures.sqlErrorsBy, finding.data.sqlstate ? `${finding.data.sqlstate} ${String(finding.data.serverMessage).replace(/"[^"]*"/g, '"…"')}` : 'does not parse');
      else count(figures.findingsBy, `${finding.rule} ${finding.severity}${finding.rule === 'missing-index' ? ` ${finding.data?.outcome}` : ''}${finding.data?.parameterCase ? ` (${finding.data.parameterCase} values)` : ''}`);
    }
    results.items.push(...labelledItems(corpus, entry, report.findings));
    figures.cases.push({ name: entry.name, status: 'ok', statements: stats.statements, audited: stats.plans, notAudited: stats.notAudited ?? 0, sqlErrors: stats.sqlErrors ?? 0, ms });
    if ((index + 1) % 25 === 0) {
      log(`${corpus.name}: ${index + 1}/${cases.length} in ${Math.round((performance.now() - corpusStarted) / 1000)}s`);
      // Written as it goes, so a run cut short still leaves its figures.
      writeResults();
    }
  }
  totals.seconds = Math.round((performance.now() - corpusStarted) / 100) / 10;
  for (const key of ['notAuditedBy', 'sqlErrorsBy', 'findingsBy', 'genericOnlyBy', 'failedBy']) figures[key] = sorted(figures[key]);
}
cleanup();

const { out, file } = writeResults();
log(`wrote ${path.relative(root, file)}`);
for (const [name, figures] of Object.entries(out.corpora)) {
  const { totals } = figures;
  // Audited: explained and judged by the plan rules. The share is over the statements that can have a plan: all of
  // them (those of failed runs included) less those with no plan in PostgreSQL and those the database refused.
  const canHavePlan = totals.statements - totals.noPlan - totals.sqlErrors;
  const share = canHavePlan > 0 ? ((100 * totals.audited) / canHavePlan).toFixed(1) : '–';
  console.log(
    `\n== ${name} (${totals.commit.slice(0, 12)}): ${totals.runsOk}/${totals.cases} runs, ${totals.statements} statements ` +
      `(${totals.inFailedRuns} in runs that failed as a whole); ${totals.audited} audited (explained and judged) of ${canHavePlan} that can have a plan ` +
      `= ${share}% [denominator: all statements less ${totals.noPlan} with no plan in PostgreSQL (transaction control, SET, COPY, DDL applied as schema) ` +
      `and ${totals.sqlErrors} sql-error]; ${totals.notAudited - totals.noPlan} not audited, ${totals.seconds}s`,
  );
  for (const key of ['notAuditedBy', 'sqlErrorsBy', 'failedBy', 'genericOnlyBy', 'findingsBy']) {
    if (Object.keys(figures[key]).length > 0) console.log(`  ${key}: ${JSON.stringify(figures[key])}`);
  }
  console.log(`  labels: ${JSON.stringify(figures.labels ?? {})}`);
}
for (const kind of ['suggestion', 'finding']) {
  console.log(`\n== ${kind}s to label (warning or above)`);
  for (const item of out.items.filter((candidate) => candidate.kind === kind)) console.log(`  [${item.label}] ${item.key}${item.reason ? ` — ${item.reason}` : ''}`);
}
const unlabelled = out.items.filter((item) => item.label === 'unlabelled');
console.log(`\n${unlabelled.length} unlabelled item(s)${unlabelled.length > 0 ? ': add them to bench/queries-corpus/labels.json' : ''}`);
