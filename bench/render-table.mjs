// Prints docs/benchmarks.md's first section (markdown) from the newest bench/results/*.json, so the table is always a
// copy of recorded figures, never typed by hand. Usage: node bench/render-table.mjs [RESULTS_FILE]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const resultsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
// Results are named YYYY-MM-DD.json, so the newest sorts last.
const file = process.argv[2] ?? path.join(resultsDir, readdirSync(resultsDir).filter((name) => /^\d{4}-\d{2}-\d{2}\.json$/.test(name)).sort().at(-1));
const results = JSON.parse(readFileSync(file, 'utf8'));

const seconds = (s) => (s < 1 ? `${Math.round(s * 1000)} ms` : `${s.toFixed(2)} s`);
const mb = (kb) => (kb == null ? '–' : `${Math.round(kb / 1024)} MB`);
const corpusOf = Object.fromEntries(results.corpora.map((corpus) => [corpus.name, corpus]));
const lines = [];
const RIVALS = new Set(['eslint', 'flake8', 'oxlint', 'ruff-wasm']);

lines.push('| Corpus | Command | Median (5 runs) | Min – max | Peak RSS | vs fastest other tool |');
lines.push('|---|---|---:|---:|---:|---:|');
for (const run of results.runs) {
  // The "vs" column: predator-guard against the fastest other tool on the same corpus, native peers included.
  const rivals = results.runs.filter((other) => other.corpus === run.corpus && RIVALS.has(other.tool));
  const fastest = Math.min(...rivals.map((other) => other.medianS));
  const factor = fastest / run.medianS;
  const versus = run.tool === 'predator-guard' && rivals.length > 0 ? (factor >= 1 ? `${factor.toFixed(1)}× faster` : `${(1 / factor).toFixed(1)}× slower`) : '';
  lines.push(`| ${run.corpus} | ${run.label} | ${seconds(run.medianS)} | ${seconds(run.minS)} – ${seconds(run.maxS)} | ${mb(run.peakRssKb)} | ${versus} |`);
}

lines.push('', '| Target | Measured | Met |', '|---|---|:---:|');
for (const target of results.targets) lines.push(`| ${target.description} | ${target.measured} | ${target.met === null ? '–' : target.met ? 'yes' : '**no**'} |`);

const { machine, versions } = results;
const describe = (corpus) => `${corpus.source}: ${corpus.fileCount} files, ${(corpus.bytes / 1e6).toFixed(2)} MB`;
lines.push(
  '',
  `Corpora: ${describe(corpusOf.typescript)}; ${describe(corpusOf.python)}. The same explicit file list goes to every tool (sha256 of the TypeScript list ${corpusOf.typescript.fileListSha256.slice(0, 12)}…, Python ${corpusOf.python.fileListSha256.slice(0, 12)}…).`,
  `File counts: TypeScript ${fileCountLine(results.fileCounts.typescript)}; Python ${fileCountLine(results.fileCounts.python)}.`,
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}; ${results.date.slice(0, 10)}.`,
  `Tools: predator-guard ${versions['predator-guard']}, ESLint ${versions.eslint} with @typescript-eslint ${versions['@typescript-eslint/parser']}, flake8 ${versions.flake8.split(' ')[0]}, ${versions.oxlint ? `oxlint ${versions.oxlint}, ruff ${versions['@astral-sh/ruff-wasm-nodejs']} (wasm), ` : ''}${versions.hyperfine ?? 'child-process timer'}.`,
);
console.log(lines.join('\n'));

/** "251 listed, review-ts 251, eslint 251, …" plus the files flake8 skipped for a file-wide noqa, if any. */
function fileCountLine({ listed, match, flake8SkipsForFileNoqa, ...seen }) {
  const counts = Object.entries(seen).map(([tool, count]) => `${tool} ${count}`).join(', ');
  const noqa = flake8SkipsForFileNoqa?.length ? ` (flake8 skips ${flake8SkipsForFileNoqa.join(', ')}: \`# flake8: noqa\`)` : '';
  return `${listed} listed, ${counts}${noqa}`;
}
