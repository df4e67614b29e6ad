// The benchmark (`npm run bench`): times `predator-guard review` against ESLint and oxlint on a real TypeScript tree
// and against flake8 and ruff (its wasm build: PyPI is out of reach here) on a real Python tree, plus parse-only baselines and a cold start, and writes every raw figure to
// bench/results/<YYYY-MM-DD>.json. It is a measurement, not a test: targets are reported, never asserted.
// bench/README.md explains each figure; bench/render-table.mjs turns the newest results into the tables of docs/benchmarks.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeMachine, ensureBuilt } from './bench-environment.mjs';

const bench = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(bench);
const corpusRoot = path.join(bench, '.corpus');
const WARMUP = 1;
const RUNS = 5;

// The TypeScript corpus: a published npm package that ships its .ts sources.
const TS_PACKAGE = { name: 'rxjs', version: '7.8.1', folder: 'src' };
// The Python corpus: the standard library's top-level modules plus these packages (their test folders excluded:
// they hold test code and, in lib2to3/tests/data, files that are invalid on purpose). Chosen to keep it ~8 MB.
const PY_PACKAGES = ['asyncio', 'collections', 'concurrent', 'email', 'html', 'http', 'importlib', 'json', 'logging',
  'multiprocessing', 're', 'tomllib', 'unittest', 'urllib', 'wsgiref', 'xml', 'xmlrpc', 'zoneinfo'];
const PY_EXCLUDED_FOLDERS = new Set(['test', 'tests', 'idle_test', '__pycache__']);

const node = process.execPath;
const cli = path.join(root, 'dist', 'cli.js');
const eslint = path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
const parseOnly = path.join(bench, 'parse-only.mjs');
// oxlint's npm package is a small node launcher over its native (napi) binding; ruff's npm build is wasm.
const oxlint = path.join(root, 'node_modules', 'oxlint', 'bin', 'oxlint');
const ruffWasm = path.join(bench, 'ruff-wasm.mjs');
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const log = (line) => console.error(`[bench] ${line}`);

// Other work on the machine skews the figures; the load averages at start and end are recorded to show it.
const loadAtStart = os.loadavg();
ensureBuilt(root, log);
if (!has('flake8')) throw new Error('flake8 is not installed (apt-get install -y flake8)');
const useHyperfine = has('hyperfine');
const useTime = existsSync('/usr/bin/time');
mkdirSync(corpusRoot, { recursive: true });

const ts = typescriptCorpus();
const py = pythonCorpus();
const cold = coldCorpus(py);
log(`TypeScript corpus: ${ts.files.length} files; Python corpus: ${py.files.length} files`);

// Every command gets the explicit, identical file list; each tool runs in the corpus folder so paths stay relative.
// Exit codes are kept at 0 on findings (--fail-on never, warn-level ESLint rules, --exit-zero) so a failure is real.
// On TypeScript --no-peer-suppressions, as ESLint runs with inline config off; on Python the review honours `# noqa`
// as flake8 and ruff do.
const review = (corpus, ...flags) => [node, cli, 'review', ...corpus.files, '--format', 'json', '--fail-on', 'never', '--no-baseline', ...(corpus.name === 'typescript' ? ['--no-peer-suppressions'] : []), ...flags];
const eslintCommand = (...flags) => [node, eslint, '--config', path.join(bench, 'eslint.config.mjs'), '--no-config-lookup', '--format', 'json', ...flags, ...ts.files];
const flake8 = (jobs) => ['flake8', '--isolated', '--exit-zero', '--select=E722', '-j', jobs, ...py.files];
const oxlintCommand = (...flags) => [node, oxlint, '--config', path.join(bench, 'oxlintrc.json'), '--format', 'json', ...flags, ...ts.files];
const groups = [
  { corpus: ts, commands: [
    { id: 'review-ts', tool: 'predator-guard', label: 'predator-guard review (--workers auto)', argv: review(ts) },
    { id: 'review-ts-w1', tool: 'predator-guard', label: 'predator-guard review --workers 1', argv: review(ts, '--workers', '1') },
    { id: 'eslint', tool: 'eslint', label: 'eslint (default --concurrency off)', argv: eslintCommand() },
    { id: 'eslint-concurrency', tool: 'eslint', label: 'eslint --concurrency auto', argv: eslintCommand('--concurrency', 'auto') },
    { id: 'oxlint', tool: 'oxlint', label: 'oxlint (threads: all cores)', argv: oxlintCommand() },
    { id: 'oxlint-t1', tool: 'oxlint', label: 'oxlint --threads 1', argv: oxlintCommand('--threads', '1') },
    { id: 'parse-ts', tool: 'parse-only', label: 'parse only: typescript createSourceFile', argv: [node, parseOnly, 'typescript', ts.listFile] },
    { id: 'parse-estree', tool: 'parse-only', label: 'parse only: typescript-estree parse', argv: [node, parseOnly, 'estree', ts.listFile] },
  ] },
  { corpus: py, commands: [
    { id: 'review-py', tool: 'predator-guard', label: 'predator-guard review (--workers auto)', argv: review(py) },
    { id: 'review-py-w1', tool: 'predator-guard', label: 'predator-guard review --workers 1', argv: review(py, '--workers', '1') },
    { id: 'flake8-j1', tool: 'flake8', label: 'flake8 --select=E722 -j 1', argv: flake8('1') },
    { id: 'flake8-jauto', tool: 'flake8', label: 'flake8 --select=E722 -j auto', argv: flake8('auto') },
    { id: 'ruff-wasm', tool: 'ruff-wasm', label: 'ruff (wasm build from npm) E722, one thread', argv: [node, ruffWasm, py.listFile] },
    { id: 'parse-py', tool: 'parse-only', label: 'parse only: web-tree-sitter python', argv: [node, parseOnly, 'python', py.listFile] },
  ] },
  { corpus: cold, commands: [
    { id: 'cold-start', tool: 'predator-guard', label: 'predator-guard review . (one small .py file)', argv: [node, cli, 'review', '.', '--format', 'json', '--fail-on', 'never', '--no-baseline'] },
  ] },
];

const runs = [];
for (const { corpus, commands } of groups) {
  const timings = time(commands, corpus.base);
  for (const [index, command] of commands.entries()) {
    // One more run outside the timing loop, for the peak RSS and the tool's own output (findings, file counts).
    const inspected = inspect(command, corpus.base);
    runs.push({
      id: command.id, tool: command.tool, label: command.label, corpus: corpus.name,
      command: displayCommand(command.argv, corpus),
      ...timings[index],
      peakRssKb: inspected.peakRssKb,
      exitCode: inspected.exitCode,
      output: summarize(command.tool, inspected.stdout, corpus),
    });
  }
}
const byId = Object.fromEntries(runs.map((run) => [run.id, run]));

// flake8 prints no file count and --select=E722 hides syntax errors (E999): one extra run answers both.
const flake8Check = execOut(['flake8', '--isolated', '--exit-zero', '--select=E722,E902,E999', '--benchmark', '-j', 'auto', ...py.files], py.base);
byId['flake8-jauto'].output.filesProcessed = Number(/(\d+)\s+total files processed/.exec(flake8Check)?.[1] ?? NaN);
byId['flake8-jauto'].output.syntaxErrors = countCodes(flake8Check).E999 ?? 0;

const results = {
  date: new Date().toISOString(),
  machine: describeMachine(loadAtStart),
  versions: versions(),
  method: {
    timer: useHyperfine ? `hyperfine --warmup ${WARMUP} --runs ${RUNS}` : `child processes, ${WARMUP} warm-up + ${RUNS} runs`,
    peakRss: useTime ? '/usr/bin/time -f %M on one extra run (for flake8 -j auto: the largest single process, not the sum)' : 'not measured (/usr/bin/time missing)',
    notes: [
      'Files are passed explicitly and identically to every tool; each tool runs with the corpus folder as its working directory.',
      'ESLint: only bench/eslint.config.mjs (--config + --no-config-lookup, inline config off), no --cache.',
      "ESLint's no-empty cannot be limited to catch blocks, so no-restricted-syntax with 'CatchClause > BlockStatement[body.length=0]' stands in for it.",
      'flake8 runs with --isolated (no config files) and --exit-zero.',
      'oxlint: only bench/oxlintrc.json (every category off; eslint/max-params at 7 and eslint/no-empty, which also counts empty blocks other than catch); it honours eslint-disable comments, which it cannot be told to ignore.',
      'predator-guard runs with --no-peer-suppressions on TypeScript (ESLint has inline config off) and honours # noqa on Python (as flake8 and ruff do).',
      "ruff: this machine reaches no Python package index, so ruff's own wasm build from npm (@astral-sh/ruff-wasm-nodejs) runs E722 in one Workspace, file by file, on one thread; the native ruff binary is faster than this figure.",
    ],
  },
  // Folders are recorded relative to the repository, or as what they are (the machine's stdlib), never as this
  // machine's absolute paths.
  corpora: [ts, py, cold].map(({ files, listFile, base, ...corpus }) => ({
    ...corpus,
    base: base.startsWith(root) ? path.relative(root, base) : 'the Python standard library (sysconfig stdlib)',
    fileCount: files.length,
    listFile: path.relative(root, listFile),
  })),
  fileCounts: fileCounts(),
  comparisons: comparisons(),
  targets: targets(),
  runs,
};
// The findings themselves were only needed for the comparisons; the counts per rule stay.
for (const run of runs) delete run.output.findings;
const out = path.join(bench, 'results', `${results.date.slice(0, 10)}.json`);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
log(`wrote ${path.relative(root, out)}`);
for (const target of results.targets) log(`${target.met === null ? 'info   ' : target.met ? 'met    ' : 'MISSED '} ${target.description}: ${target.measured}`);

// ---- corpora ----------------------------------------------------------------------------------------------------

function typescriptCorpus() {
  const { name, version, folder } = TS_PACKAGE;
  const dir = path.join(corpusRoot, `${name}-${version}`);
  const base = path.join(dir, 'package', folder);
  if (!existsSync(base)) {
    log(`fetching ${name}@${version} from the npm registry`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const [packed] = JSON.parse(execFileSync('npm', ['pack', `${name}@${version}`, '--json', '--pack-destination', dir], { encoding: 'utf8' }));
    execFileSync('tar', ['xzf', path.join(dir, packed.filename), '-C', dir]);
  }
  // .d.ts files are excluded: predator-guard never reviews declaration files, and the lists must be identical.
  const files = walk(base, () => true).filter((file) => /\.[cm]?tsx?$/.test(file) && !/\.d\.[cm]?ts$/.test(file));
  return describeCorpus('typescript', `${name}@${version}/${folder}`, base, files);
}

function pythonCorpus() {
  const stdlib = execFileSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim();
  const topLevel = readdirSync(stdlib).filter((name) => name.endsWith('.py') && statSync(path.join(stdlib, name)).isFile());
  const packaged = PY_PACKAGES.flatMap((pkg) =>
    walk(path.join(stdlib, pkg), (folder) => !PY_EXCLUDED_FOLDERS.has(folder)).filter((file) => file.endsWith('.py')).map((file) => `${pkg}/${file}`));
  const version = execFileSync('python3', ['-c', 'import platform; print(platform.python_version())'], { encoding: 'utf8' }).trim();
  const corpus = describeCorpus('python', `Python ${version} standard library (top-level *.py + ${PY_PACKAGES.length} packages)`, stdlib, [...topLevel, ...packaged]);
  return { ...corpus, packages: PY_PACKAGES, excludedFolders: [...PY_EXCLUDED_FOLDERS] };
}

/** A tree with no TS/JS at all, so the cold start never loads the TypeScript compiler. */
function coldCorpus(python) {
  const base = path.join(corpusRoot, 'cold-start');
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  copyFileSync(path.join(python.base, 'colorsys.py'), path.join(base, 'colorsys.py'));
  return describeCorpus('cold-start', 'one small Python file (stdlib colorsys.py)', base, ['colorsys.py']);
}

/** Relative, `/`-separated, sorted by code unit, so the list (and its hash) is the same on every machine. */
function walk(dir, enterFolder, prefix = '') {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory() && enterFolder(entry.name)) files.push(...walk(path.join(dir, entry.name), enterFolder, relative));
    else if (entry.isFile()) files.push(relative);
  }
  return files;
}

function describeCorpus(name, source, base, unsorted) {
  const files = [...unsorted].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const listFile = path.join(corpusRoot, `${name}.files.txt`);
  writeFileSync(listFile, `${files.join('\n')}\n`);
  const bytes = files.reduce((total, file) => total + statSync(path.join(base, file)).size, 0);
  const sha256 = createHash('sha256').update(files.join('\n')).digest('hex');
  return { name, source, base, files, listFile, bytes, fileListSha256: sha256 };
}

// ---- running ----------------------------------------------------------------------------------------------------

/** Wall times of every repetition and their median, for each command. */
function time(commands, cwd) {
  if (useHyperfine) {
    const exported = path.join(corpusRoot, 'hyperfine.json');
    const args = ['--warmup', String(WARMUP), '--runs', String(RUNS), '--style', 'basic', '--export-json', exported];
    for (const command of commands) args.push('-n', command.id, command.argv.map(shellQuote).join(' '));
    execFileSync('hyperfine', args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
    return JSON.parse(readFileSync(exported, 'utf8')).results.map((result) => ({
      timesS: result.times, medianS: result.median, meanS: result.mean, minS: result.min, maxS: result.max,
    }));
  }
  return commands.map((command) => {
    log(`timing ${command.id}`);
    const times = [];
    for (let run = 0; run < WARMUP + RUNS; run++) {
      const start = performance.now();
      const child = spawnSync(command.argv[0], command.argv.slice(1), { cwd, stdio: 'ignore' });
      if (child.status !== 0) throw new Error(`${command.id} exited with ${child.status}`);
      if (run >= WARMUP) times.push((performance.now() - start) / 1000);
    }
    const sorted = [...times].sort((a, b) => a - b);
    return { timesS: times, medianS: sorted[Math.floor(sorted.length / 2)], meanS: times.reduce((a, b) => a + b) / times.length, minS: sorted[0], maxS: sorted.at(-1) };
  });
}

function inspect(command, cwd) {
  const argv = useTime ? ['/usr/bin/time', '-f', '%M', ...command.argv] : command.argv;
  const child = spawnSync(argv[0], argv.slice(1), { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (child.status !== 0) log(`${command.id} exited with ${child.status}: ${child.stderr.slice(-2000)}`);
  const peak = useTime ? Number(child.stderr.trim().split('\n').at(-1)) : NaN;
  return { stdout: child.stdout, exitCode: child.status, peakRssKb: Number.isFinite(peak) ? peak : null };
}

function execOut(argv, cwd) {
  return execFileSync(argv[0], argv.slice(1), { cwd, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Each tool's output reduced to what the comparison needs: files seen and findings per rule (and per file). */
function summarize(tool, stdout, corpus) {
  if (tool === 'predator-guard') {
    const report = JSON.parse(stdout);
    const { stats } = report.runs.find((run) => run.analyzer === 'review');
    return { stats, findingsByRule: tally(report.findings.map((finding) => finding.rule)), findings: report.findings.map(({ rule, file, line, message }) => ({ rule, file, line, message })) };
  }
  if (tool === 'eslint') {
    const results = JSON.parse(stdout);
    const messages = results.flatMap((result) => result.messages.map((message) => ({
      rule: message.ruleId ?? (message.fatal ? 'fatal-parse-error' : 'other'),
      file: path.relative(corpus.base, result.filePath).split(path.sep).join('/'),
      line: message.line,
      message: message.message,
    })));
    return { filesLinted: results.length, findingsByRule: tally(messages.map((message) => message.rule)), findings: messages };
  }
  if (tool === 'oxlint') {
    const { diagnostics, number_of_files: files } = JSON.parse(stdout);
    const findings = diagnostics.map((diagnostic) => ({
      rule: diagnostic.code,
      file: path.relative(corpus.base, path.resolve(corpus.base, diagnostic.filename)).split(path.sep).join('/'),
      line: diagnostic.labels?.[0]?.span?.line,
      message: diagnostic.message,
    }));
    return { filesLinted: files, findingsByRule: tally(findings.map((finding) => finding.rule)), findings };
  }
  if (tool === 'ruff-wasm') {
    const { files, findings } = JSON.parse(stdout);
    return { filesLinted: files, findingsByRule: tally(findings.map((finding) => finding.rule)), findings };
  }
  if (tool === 'flake8') {
    const findings = stdout.split('\n').filter(Boolean).map((line) => {
      const [, file, row, code, message] = /^(.*?):(\d+):\d+: (\w+) (.*)$/.exec(line) ?? [];
      return { rule: code, file, line: Number(row), message };
    });
    return { findingsByRule: tally(findings.map((finding) => finding.rule)), findings };
  }
  return JSON.parse(stdout); // parse-only prints its own summary
}

// ---- analysis ---------------------------------------------------------------------------------------------------

/** Every tool must have seen exactly the listed files, or the timings compare different work. */
function fileCounts() {
  const count = (corpus, seen) => ({ listed: corpus.files.length, ...seen, match: Object.values(seen).every((n) => n === corpus.files.length) });
  return {
    typescript: count(ts, {
      'review-ts': byId['review-ts'].output.stats.files, 'review-ts-w1': byId['review-ts-w1'].output.stats.files,
      eslint: byId.eslint.output.filesLinted, 'eslint-concurrency': byId['eslint-concurrency'].output.filesLinted,
      oxlint: byId.oxlint.output.filesLinted, 'oxlint-t1': byId['oxlint-t1'].output.filesLinted,
      'parse-ts': byId['parse-ts'].output.files, 'parse-estree': byId['parse-estree'].output.files,
    }),
    python: {
      ...count(py, {
        'review-py': byId['review-py'].output.stats.files, 'review-py-w1': byId['review-py-w1'].output.stats.files,
        'parse-py': byId['parse-py'].output.files, 'ruff-wasm': byId['ruff-wasm'].output.filesLinted,
      }),
      // flake8 skips a whole file that has a `# flake8: noqa` line (its NOQA_FILE pattern), so its count can be lower.
      flake8: byId['flake8-jauto'].output.filesProcessed,
      flake8SkipsForFileNoqa: py.files.filter((file) => /^\s*#\s*flake8[:=]\s*noqa(?!:)/im.test(readFileSync(path.join(py.base, file), 'utf8'))),
    },
  };
}

/** Where the tools disagree on the shared checks: the findings on lines only one of them reported. */
function comparisons() {
  const pair = (description, left, leftRule, right, rightRule) => {
    const pick = (run, rule) => run.output.findings.filter((finding) => finding.rule === rule);
    const key = (finding) => `${finding.file}:${finding.line}`;
    const a = pick(byId[left], leftRule);
    const b = pick(byId[right], rightRule);
    const aKeys = new Set(a.map(key));
    const bKeys = new Set(b.map(key));
    return {
      description,
      [`${left}:${leftRule}`]: a.length,
      [`${right}:${rightRule}`]: b.length,
      [`only ${left}`]: a.filter((finding) => !bKeys.has(key(finding))),
      [`only ${right}`]: b.filter((finding) => !aKeys.has(key(finding))),
    };
  };
  return [
    pair('too many parameters (max 7), TypeScript', 'review-ts', 'too-many-params', 'eslint', '@typescript-eslint/max-params'),
    pair('empty catch block, TypeScript', 'review-ts', 'empty-catch', 'eslint', 'no-restricted-syntax'),
    pair('bare except, Python', 'review-py', 'bare-except', 'flake8-j1', 'E722'),
    pair('too many parameters (max 7), TypeScript, oxlint', 'review-ts', 'too-many-params', 'oxlint', 'eslint(max-params)'),
    pair('bare except, Python, ruff (wasm)', 'review-py', 'bare-except', 'ruff-wasm', 'E722'),
  ];
}

function targets() {
  const median = (id) => byId[id].medianS;
  const ratio = (a, b) => Math.round((a / b) * 100) / 100;
  const mb = (kb) => Math.round(kb / 1024);
  const target = (description, value, met, measured) => ({ description, value, met, measured });
  const speedup = (slow, fast, min) => {
    const value = ratio(median(slow), median(fast));
    return target(`${byId[fast].label} ≥ ${min}× faster than ${byId[slow].label}`, value, value >= min, `${value}× (${median(slow).toFixed(2)} s vs ${median(fast).toFixed(2)} s)`);
  };
  const gap = (peer, ours) => {
    const value = ratio(median(ours), median(peer));
    return target(`${byId[ours].label} vs ${byId[peer].label} (no target: the gap to a native peer)`, value, null, `predator-guard takes ${value}× the time (${median(ours).toFixed(2)} s vs ${median(peer).toFixed(2)} s); peak RSS ${mb(byId[ours].peakRssKb ?? NaN)} MB vs ${mb(byId[peer].peakRssKb ?? NaN)} MB`);
  };
  const parseOverhead = (reviewId, parseId) => {
    const wall = ratio(median(reviewId), median(parseId));
    // The same in-process: the review's own durationMs against parse-only's load + read + parse time.
    const inProcess = ratio(byId[reviewId].output.stats.durationMs, byId[parseId].output.totalMs);
    return target(`${byId[reviewId].corpus} review --workers 1 ≤ 1.5× parse-only`, wall, wall <= 1.5, `${wall}× wall-clock, ${inProcess}× in-process`);
  };
  const reviewRuns = runs.filter((run) => run.tool === 'predator-guard');
  const peak = Math.max(...reviewRuns.map((run) => run.peakRssKb ?? NaN));
  return [
    speedup('eslint', 'review-ts', 3),
    speedup('eslint', 'review-ts-w1', 3),
    speedup('eslint-concurrency', 'review-ts', 3),
    speedup('flake8-jauto', 'review-py', 5),
    speedup('flake8-j1', 'review-py-w1', 5),
    speedup('flake8-j1', 'review-py', 5),
    parseOverhead('review-ts-w1', 'parse-ts'),
    parseOverhead('review-py-w1', 'parse-py'),
    // The native peers: no target, the gap on record.
    gap('oxlint', 'review-ts'),
    gap('oxlint-t1', 'review-ts-w1'),
    gap('ruff-wasm', 'review-py-w1'),
    target('predator-guard peak RSS < 300 MB (largest of its runs)', mb(peak), mb(peak) < 300, `${mb(peak)} MB`),
    target('review of a tree without TS/JS < 0.5 s', median('cold-start'), median('cold-start') < 0.5, `${median('cold-start').toFixed(3)} s`),
    {
      description: 'parse-only: typescript-estree vs the compiler’s createSourceFile (no target; why the review walks the compiler AST)',
      value: ratio(median('parse-estree'), median('parse-ts')),
      met: null,
      measured: `${ratio(median('parse-estree'), median('parse-ts'))}× wall-clock, ${ratio(byId['parse-estree'].output.parseMs, byId['parse-ts'].output.parseMs)}× parse loop only`,
    },
  ];
}

// ---- environment ------------------------------------------------------------------------------------------------

function versions() {
  const pkg = (name) => JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  const first = (argv) => execOut(argv, root).trim().split('\n')[0];
  return {
    'predator-guard': first([node, cli, '--version']),
    'predator-guard dist/cli.js built': statSync(cli).mtime.toISOString(),
    eslint: pkg('eslint'),
    '@typescript-eslint/parser': pkg('@typescript-eslint/parser'),
    '@typescript-eslint/eslint-plugin': pkg('@typescript-eslint/eslint-plugin'),
    '@typescript-eslint/typescript-estree': pkg('@typescript-eslint/typescript-estree'),
    typescript: pkg('typescript'),
    'web-tree-sitter': pkg('web-tree-sitter'),
    'tree-sitter-python': pkg('tree-sitter-python'),
    flake8: first(['flake8', '--version']),
    oxlint: pkg('oxlint'),
    '@astral-sh/ruff-wasm-nodejs': pkg('@astral-sh/ruff-wasm-nodejs'),
    hyperfine: useHyperfine ? first(['hyperfine', '--version']) : null,
    python3: first(['python3', '--version']),
  };
}

// ---- small helpers ----------------------------------------------------------------------------------------------

function tally(values) {
  const counts = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

function countCodes(flake8Output) {
  return tally([...flake8Output.matchAll(/^.*?:\d+:\d+: (\w+) /gm)].map((match) => match[1]));
}

function shellQuote(arg) {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The command as recorded: the file list is named, not spelled out (it is in the corpus's list file). */
function displayCommand(argv, corpus) {
  const fileSet = new Set(corpus.files);
  const shown = [];
  for (const arg of argv) {
    if (fileSet.has(arg) && corpus.files.length > 1) {
      if (shown.at(-1) !== '<FILES>') shown.push('<FILES>');
    } else {
      shown.push(arg === node ? 'node' : path.isAbsolute(arg) && arg.startsWith(root) ? path.relative(root, arg) || '.' : arg);
    }
  }
  return `(cd ${corpus.name === 'python' ? '<stdlib>' : path.relative(root, corpus.base)} && ${shown.join(' ')})`;
}
