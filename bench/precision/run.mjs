// The precision bench: reviews checkouts of public repositories (pinned below) and joins the warnings with the
// committed labels (labels.csv: a reviewer's verdict on warnings drawn at random), to say per rule how many warnings
// are worth the author's attention. It is a measurement, not a test: CI does not run it, and it never downloads the
// repositories. bench/precision/README.md explains how to run it and how the labels were made.
//
//   node bench/precision/run.mjs CHECKOUTS [--cli dist/cli.js] [--sample N --seed S] [--baseline-cli OLD] [--json]
//
// CHECKOUTS is a folder holding one checkout per repository, named as in REPOSITORIES, each at its pinned commit.
// --sample N prints N unlabelled warnings per rule, drawn with a seeded generator, to label. With --baseline-cli
// (an earlier build's cli.js) it draws instead from the warnings that build gave and this one no longer gives at
// warning, so that the labels can show no true positive was lost.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');

/** 3 Python and 3 TypeScript/JavaScript repositories nobody here wrote, at the commits the labels were made on. */
export const REPOSITORIES = [
  { name: 'httpx', url: 'https://github.com/encode/httpx', commit: 'ae1b9f66238f75ced3ced5e4485408435de10768' },
  { name: 'beets', url: 'https://github.com/beetbox/beets', commit: '07f39c5204997a356fd98b7e88ba9b185efb2e66' },
  { name: 'ipython', url: 'https://github.com/ipython/ipython', commit: '7f0ee55684f08f5af18190aa58d4bb3018fb20d2' },
  { name: 'hono', url: 'https://github.com/honojs/hono', commit: '28a9c128912de19f3fb28b00ae289c9b93f6f392' },
  { name: 'fastify', url: 'https://github.com/fastify/fastify', commit: '83e69762aff047940b376fc2a266d143499ef727' },
  { name: 'outline', url: 'https://github.com/outline/outline', commit: 'd77dcdf853868c5d5fe125c895c9b71f0eff5c68' },
];

/** The goal for every rule's warnings; a rule below it runs at notice by default. */
export const GOAL = 0.9;

function parseArgs(argv) {
  const options = { checkouts: undefined, cli: path.join(root, 'dist', 'cli.js'), baselineCli: undefined, sample: 0, seed: 1, json: false };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--cli') options.cli = path.resolve(argv[++index]);
    else if (arg === '--sample') options.sample = Number(argv[++index]);
    else if (arg === '--baseline-cli') options.baselineCli = path.resolve(argv[++index]);
    else if (arg === '--seed') options.seed = Number(argv[++index]);
    else if (arg === '--json') options.json = true;
    else if (!arg.startsWith('--') && options.checkouts === undefined) options.checkouts = path.resolve(arg);
    else usage(`unknown argument '${arg}'`);
  }
  if (!options.checkouts) usage('the folder of checkouts is missing');
  return options;
}

function usage(problem) {
  console.error(`bench/precision: ${problem}.\nUsage: node bench/precision/run.mjs CHECKOUTS [--cli dist/cli.js] [--sample N --seed S] [--baseline-cli OLD] [--json]`);
  process.exit(2);
}

/** Reads labels.csv: repo,commit,path,line,rule,verdict,reason (the reason may hold commas; it is the last field). */
export function readLabels(file = path.join(here, 'labels.csv')) {
  const lines = readFileSync(file, 'utf8').split('\n').slice(1).filter((line) => line.trim() !== '');
  return lines.map((line, index) => {
    const fields = line.split(',');
    if (fields.length < 7) throw new Error(`labels.csv line ${index + 2}: expected 7 fields (repo,commit,path,line,rule,verdict,reason)`);
    const [repo, commit, file, lineNumber, rule, verdict] = fields;
    if (verdict !== 'true' && verdict !== 'noise') throw new Error(`labels.csv line ${index + 2}: verdict must be true or noise, not '${verdict}'`);
    return { repo, commit, path: file, line: Number(lineNumber), rule, verdict, reason: fields.slice(6).join(',') };
  });
}

const keyOf = (repo, file, line, rule) => `${repo}\0${file}\0${line}\0${rule}`;

/**
 * Runs the review on one checkout: every finding, at every severity, with the file relative to the checkout. The
 * rules run at warning (at-warning.yml), the severity they are judged at; an earlier build that had no config
 * support for a rule simply ignores nothing here, since the keys are all rules it knows.
 */
function review(cli, checkout) {
  const config = path.join(here, 'at-warning.yml');
  const result = spawnSync(process.execPath, [cli, 'review', '.', '--format', 'json', '--fail-on', 'never', '--no-baseline', '--config', config], {
    cwd: checkout,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`review failed in ${checkout} (exit ${result.status}): ${result.stderr.slice(0, 500)}`);
  const report = JSON.parse(result.stdout);
  return report.findings.filter((finding) => finding.analyzer === 'review' && finding.file);
}

/** mulberry32: a small seeded generator, so a sample can be drawn again. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const labels = readLabels();
  const byKey = new Map(labels.map((label) => [keyOf(label.repo, label.path, label.line, label.rule), label]));
  const warningsOf = (cli) => {
    const warnings = [];
    for (const repository of REPOSITORIES) {
      const checkout = path.join(options.checkouts, repository.name);
      const head = spawnSync('git', ['-C', checkout, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
      if (head !== repository.commit) usage(`${checkout} is at '${head || 'no commit'}', not ${repository.commit}: check out ${repository.url} at that commit`);
      for (const finding of review(cli, checkout)) {
        const key = keyOf(repository.name, finding.file, finding.line, finding.rule);
        if (finding.severity === 'warning') warnings.push({ repo: repository.name, commit: repository.commit, key, ...finding, label: byKey.get(key) });
      }
    }
    return warnings;
  };
  let warnings = warningsOf(options.cli);
  const found = new Set(warnings.map((warning) => warning.key));
  if (options.baselineCli) {
    // What the earlier build warned about and this one does not: where a true positive could have been lost.
    warnings = warningsOf(options.baselineCli).filter((warning) => !found.has(warning.key));
  }

  const rules = [...new Set(warnings.map((warning) => warning.rule))].sort();
  const rows = rules.map((rule) => {
    const ofRule = warnings.filter((warning) => warning.rule === rule);
    const labelled = ofRule.filter((warning) => warning.label);
    const truePositives = labelled.filter((warning) => warning.label.verdict === 'true').length;
    return {
      rule,
      warnings: ofRule.length,
      labelled: labelled.length,
      true: truePositives,
      noise: labelled.length - truePositives,
      precision: labelled.length ? truePositives / labelled.length : null,
    };
  });
  // A labelled true positive that no warning matches any more was lost by a change to the rules.
  const lost = labels.filter((label) => label.verdict === 'true' && !found.has(keyOf(label.repo, label.path, label.line, label.rule)));

  if (options.sample > 0) {
    const draw = random(options.seed);
    for (const rule of rules) {
      const pool = warnings.filter((warning) => warning.rule === rule && !warning.label);
      for (let index = pool.length - 1; index > 0; index--) {
        const other = Math.floor(draw() * (index + 1));
        [pool[index], pool[other]] = [pool[other], pool[index]];
      }
      for (const warning of pool.slice(0, options.sample)) {
        console.log(`${warning.repo},${warning.commit},${warning.file},${warning.line},${warning.rule},?,${warning.message}`);
      }
    }
    return;
  }
  if (options.baselineCli) {
    console.log('Warnings of the baseline build no longer given at warning, per rule:');
    for (const rule of rules) console.log(`- ${rule}: ${warnings.filter((warning) => warning.rule === rule).length}`);
    return;
  }
  if (options.json) {
    console.log(JSON.stringify({ repositories: REPOSITORIES, rows, lost }, null, 2));
    return;
  }
  console.log('| Rule | Warnings | Labelled | True | Noise | Precision |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    const precision = row.precision === null ? '–' : `${Math.round(row.precision * 100)}%${row.precision >= GOAL ? '' : ' (below 90%)'}`;
    console.log(`| ${row.rule} | ${row.warnings} | ${row.labelled} | ${row.true} | ${row.noise} | ${precision} |`);
  }
  console.log(`\nLabelled true positives no longer reported at warning: ${lost.length}`);
  for (const label of lost) console.log(`- ${label.repo} ${label.path}:${label.line} ${label.rule}: ${label.reason}`);
}

main();
