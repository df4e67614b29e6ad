// Prints docs/benchmarks.md's "Query-plan audit" tables (markdown) from the newest bench/results/queries-*.json,
// so the tables are always a copy of recorded figures, never typed by hand.
// Usage: node bench/render-queries-table.mjs [RESULTS_FILE]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const resultsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
// Results are named queries-YYYY-MM-DD.json, so the newest sorts last.
const file = process.argv[2] ?? path.join(resultsDir, readdirSync(resultsDir).filter((name) => /^queries-.*\.json$/.test(name)).sort().at(-1));
const results = JSON.parse(readFileSync(file, 'utf8'));

const count = new Intl.NumberFormat('en-US');
const seconds = (s) => (s < 1 ? `${Math.round(s * 1000)} ms` : `${s.toFixed(2)} s`);
const ms = (value) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
const times = (ratio) => `${ratio.toFixed(1)}×`;
const lines = [];

const { corpus, inProcess, cli } = results.planThroughput;
lines.push(
  `**Plans analysed per second** — the ${corpus.files} plans of \`../shared/fixtures/plans\` (${(corpus.bytes / 1e3).toFixed(0)} kB, PostgreSQL 12–18):`,
  '',
  '| How | Time per corpus | Per plan | Plans per second |',
  '|---|---:|---:|---:|',
  `| in-process: \`analyze()\` from \`dist/index.js\` with \`plan\`, ${inProcess.iterations} iterations after ${inProcess.warmupIterations} warm-up | ${ms(inProcess.msPerCorpus)} | ${inProcess.msPerPlan.toFixed(2)} ms | ${count.format(inProcess.plansPerSecond)} |`,
  `| CLI wall-clock: \`node dist/cli.js queries --plan …\` (median of ${cli.timesS.length}, Node start-up included) | ${seconds(cli.medianS)} | ${ms((cli.medianS * 1000) / corpus.plans)} | ${count.format(cli.plansPerSecond)} |`,
);

const plainByHand = results.byHand.find((entry) => !entry.analyze);
const analyzeByHand = results.byHand.find((entry) => entry.analyze);
const rows = (counts) => `${(Object.values(counts).reduce((a, b) => a + b, 0) / 1e6).toFixed(2)} M rows`;
const serverRun = results.endToEnd.find((run) => run.database.startsWith('PostgreSQL'));
lines.push(
  '',
  `**End-to-end time per statement** — ${results.statements.length} statements (point lookups, range scans, joins, ORDER BY … LIMIT, aggregates, an UPDATE), one CLI run over all of them, median wall-clock divided by the statements; "by hand" is one \`psql -c\` per statement:`,
  '',
  '| Database | EXPLAIN | Index advice | Whole run | Per statement | vs psql by hand | Candidates → planner calls → kept |',
  '|---|---|---|---:|---:|---:|---|',
);
for (const run of results.endToEnd) {
  const byHand = run.analyze ? analyzeByHand : plainByHand;
  const embedded = run.id.startsWith('embedded');
  const database = `${run.serverVersion}, ${rows(embedded ? results.dataset.embeddedRows : results.dataset.serverRows)}`;
  const advice = run.indexAdviceStats;
  const adviceCounts = run.verifyIndexes === 'off' ? '–' : `${advice.candidates} → ${advice.plannerCalls} → ${advice.kept}`;
  const whole = embedded ? `${seconds(run.medianS)} (${seconds(run.loadS)} load)` : seconds(run.medianS);
  lines.push(`| ${database} | ${run.analyze ? 'ANALYZE, BUFFERS' : 'plain'} | ${run.verifyIndexes} | ${whole} | ${ms(run.perStatementMs)} | ${embedded ? '' : times(run.perStatementMs / byHand.perStatementMs)} | ${adviceCounts} |`);
}
for (const byHand of [plainByHand, analyzeByHand]) {
  lines.push(`| psql by hand, ${serverRun.serverVersion} | ${byHand.analyze ? 'ANALYZE, BUFFERS (rolled back)' : 'plain'} | – | ${seconds(byHand.totalS)} | ${ms(byHand.perStatementMs)} | 1.0× | – |`);
}

const { perStatement, totals } = results.indexAdvice;
lines.push(
  '',
  `**Planner calls per index candidate** — each statement audited alone on ${serverRun.serverVersion} with plain EXPLAIN, beside what dexter would create and plan for the same statement (\`dexter -s\`, min_cost 100). dexter cannot be installed here (no rubygems access), so its column is its algorithm counted from its source, not a run; its third pass (one more plan per index when a winning plan uses several) depends on the plans and is left out, so its counts are lower bounds:`,
  '',
  "| Statement | predator-guard: candidates | planner calls (HypoPG) | suggested | dexter's algorithm, counted: hypothetical indexes | EXPLAINs after the initial plan |",
  '|---|---:|---:|---:|---:|---:|',
);
for (const entry of perStatement) {
  const { hypopg } = entry.ours;
  const dexter = entry.dexter.stopsBecause ? `0 (${entry.dexter.stopsBecause})` : String(entry.dexter.hypotheticalIndexes);
  lines.push(`| ${entry.id} | ${hypopg.candidates} | ${hypopg.plannerCalls} | ${hypopg.kept} | ${dexter} | ${entry.dexter.explainsAfterInitial} |`);
}
lines.push(`| **total** | **${totals.hypopg.candidates}** | **${totals.hypopg.plannerCalls}** | **${totals.hypopg.kept}** | **${totals.dexter.hypotheticalIndexes}** | **${totals.dexter.explainsAfterInitial}** |`);
const ratio = (calls, candidates) => (candidates === 0 ? '–' : (calls / candidates).toFixed(2));
lines.push(
  '',
  `Planner calls per candidate: predator-guard ${ratio(totals.hypopg.plannerCalls, totals.hypopg.candidates)} (HypoPG) and ${ratio(totals.transaction.plannerCalls, totals.transaction.candidates)} (transaction mode), each call planning with at most the candidate and the suggestions already kept; dexter's algorithm ${ratio(totals.dexter.explainsAfterInitial, totals.dexter.hypotheticalIndexes)} per hypothetical index, but each of its ${totals.dexter.explainsAfterInitial} calls plans with every single-column index (pass 1) or every column and ordered pair (pass 2) of the statement's tables present: ${count.format(totals.dexter.indexesPlanned)} index paths weighed against ${totals.hypopg.candidates} candidates.`,
);

const { machine, versions } = results;
lines.push(
  '',
  `Data: ${Object.entries(results.dataset.serverRows).map(([table, n]) => `${table} ${count.format(n)}`).join(', ')} on the server (generate_series, ANALYZEd; only primary keys and unique constraints indexed); the embedded runs fill ${Object.entries(results.dataset.embeddedRows).map(([table, n]) => `${table} ${count.format(n)}`).join(', ')} with \`table-rows\` on every run (other values than the server's, so other findings).`,
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, load average ${machine.loadAverage1m5m15m.start[0]} at start and ${machine.loadAverage1m5m15m.end[0]} at end; ${results.date.slice(0, 10)}.`,
  `Versions: predator-guard ${versions['predator-guard']}, PostgreSQL ${versions.postgresql.split(' ')[0]} with HypoPG ${versions.hypopg}, PGlite ${versions['@electric-sql/pglite']}, ${versions.psql.replace(/ \(PostgreSQL\)/, '').split(' (')[0]}.`,
);
console.log(lines.join('\n'));
