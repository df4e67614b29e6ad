// The rollout lint against Argo Rollouts' own manifests: `node bench/rollout-lint/run.mjs PATH_TO_ARGO_ROLLOUTS`.
// PATH is a checkout of github.com/argoproj/argo-rollouts you made yourself; this script never downloads anything,
// and nothing of the checkout is copied into the project. CI does not run it (its tests use our own tables).
//
// It checks two things and prints the figures docs/benchmarks.md records:
//  1. upstream's valid manifests (examples/ and test/e2e/, without test/e2e/expectedfailures/ and test/e2e/crds/)
//     get no error-level finding;
//  2. each fixture of `kubectl argo rollouts lint` (pkg/kubectl-argo-rollouts/cmd/lint/testdata) gets the verdict
//     upstream's own test expects: every valid* file no error or warning, every invalid* file the rule that
//     reports its problem.
// Exit 0 when both hold, 1 when not, 2 when PATH is not such a checkout.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeMachine } from '../bench-environment.mjs';

/** The upstream commit the figures in docs/benchmarks.md were taken at; another commit is measured, with a note. */
const PINNED_COMMIT = '9f8d111d8f8e3e88b6d7f8bbdf62fd3cd863ef9d';
const VALID_FOLDERS = ['examples', 'test/e2e'];
const EXCLUDED = ['test/e2e/expectedfailures/**', 'test/e2e/crds/**'];
const FIXTURES = 'pkg/kubectl-argo-rollouts/cmd/lint/testdata';
/**
 * Manifests upstream files as valid that its own controller rejects as written, each with its rule and the reason;
 * they are counted apart (the figures show the disagreement instead of hiding it or failing on it), and any other
 * error still fails the bench.
 */
const INGRESS_WITHOUT_STABLE_RULE =
  "the reconcile-time Ingress validation (validateIngress in validation_references.go) requires a rule on the stable Service (ALB: the rootService), which these Ingresses lack; the kubectl plugin's lint only checks Ingresses that already have that backend";
const E2E_TEMPLATE =
  "an e2e template (RolloutTemplate in test/fixtures) whose placeholders the e2e harness replaces before applying it; as written, its placeholder is no valid Kubernetes name";
const TRAFFIC_SPLIT_NOT_OWNED =
  "the SMI reconciler (SetWeight in rollout/trafficrouting/smi/smi.go) refuses to patch a TrafficSplit the Rollout does not own, and these files apply the TrafficSplit of the Rollout's trafficSplitName themselves; the kubectl plugin's lint does not read TrafficSplits";
const REJECTED_BY_THE_CONTROLLER = [
  { file: `${FIXTURES}/valid-ingress-smi.yml`, rule: 'traffic-split-not-owned', reason: TRAFFIC_SPLIT_NOT_OWNED },
  { file: `${FIXTURES}/valid-ingress-smi-multi.yml`, rule: 'traffic-split-not-owned', reason: TRAFFIC_SPLIT_NOT_OWNED },
  { file: 'test/e2e/functional/alb-canary-multi-ingress-rollout.yaml', rule: 'ingress-backend-missing', reason: INGRESS_WITHOUT_STABLE_RULE },
  { file: `${FIXTURES}/valid-nginx-canary.yml`, rule: 'ingress-backend-missing', reason: INGRESS_WITHOUT_STABLE_RULE },
  { file: 'test/e2e/functional/bluegreen-duration-template.yaml', rule: 'pod-template-invalid', reason: `${E2E_TEMPLATE} (container name ROLLOUT_NAME)` },
  { file: 'test/e2e/functional/canary-duration-template.yaml', rule: 'pod-template-invalid', reason: `${E2E_TEMPLATE} (container name ROLLOUT_NAME)` },
  { file: 'test/e2e/functional/nginx-template.yaml', rule: 'pod-template-invalid', reason: `${E2E_TEMPLATE} (container name REPLACEME)` },
  { file: 'test/e2e/step-plugin/template-rollout.yaml', rule: 'pod-template-invalid', reason: `${E2E_TEMPLATE} (label value step-plugin-e2e-$$name$$)` },
  { file: 'test/e2e/step-plugin/template-rollout.yaml', rule: 'rollout-selector-invalid', reason: `${E2E_TEMPLATE} (label value step-plugin-e2e-$$name$$)` },
];
const rejectionOf = (file, rule) =>
  REJECTED_BY_THE_CONTROLLER.find((known) => known.rule === rule && (file === known.file || file.endsWith(`/${known.file}`) || known.file.endsWith(`/${file}`)));
const rejectedByTheController = (file, rule) => rejectionOf(file, rule) !== undefined;
/** What upstream's lint test says is wrong with each invalid fixture, as the rule of ours that must report it. */
const INVALID_FIXTURES = {
  'invalid.yml': 'max-surge-unavailable-zero',
  'invalid.json': 'max-surge-unavailable-zero',
  'invalid-multiple-docs.yml': 'max-surge-unavailable-zero',
  'invalid-empty-rollout-vsvc.yml': 'rollout-selector-invalid',
  'invalid-unknown-field.yml': 'unknown-field',
  'invalid-service-labels.yml': 'service-selector-mismatch',
  'invalid-ping-pong.yml': 'service-selector-mismatch',
  'invalid-ingress-smi-multi.yml': 'service-selector-mismatch',
  'invalid-nginx-canary.yml': 'traffic-routing-invalid',
};

const bench = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const root = path.dirname(bench);
const checkout = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
if (!checkout || !existsSync(path.join(checkout, FIXTURES))) {
  process.stderr.write(`usage: node bench/rollout-lint/run.mjs PATH_TO_ARGO_ROLLOUTS (a checkout of argoproj/argo-rollouts, ideally at ${PINNED_COMMIT})\n`);
  process.exit(2);
}
const loadAtStart = os.loadavg();
// The working tree's sources are measured, bundled into a temporary folder: the committed dist/ is left alone (it is
// rebuilt on its own schedule), and the figures are those of the code they are recorded beside.
const build = mkdtempSync(path.join(os.tmpdir(), 'predator-guard-rollout-lint-'));
process.on('exit', () => rmSync(build, { recursive: true, force: true }));
process.stderr.write('bundling the sources: node scripts/build.mjs (into a temporary folder)\n');
execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit', env: { ...process.env, PREDATOR_GUARD_OUT_DIR: build } });
const cli = path.join(build, 'cli.js');
let commit = 'unknown';
try {
  commit = execFileSync('git', ['-C', checkout, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
} catch {
  // Not a git checkout: measured all the same.
}
if (commit !== PINNED_COMMIT) process.stderr.write(`note: the checkout is at ${commit}, not the pinned ${PINNED_COMMIT}; figures may differ\n`);

/** One lint run of the built CLI; the report, and the wall-clock time. */
function lint(paths, extra = []) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [cli, 'rollout', '--lint', ...paths, '--format', 'json', '--no-baseline', '--allow-empty', ...extra], {
    cwd: checkout,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (run.status === 2) throw new Error(`lint of ${paths.join(' ')} could not run: ${run.stderr || run.stdout}`);
  return { report: JSON.parse(run.stdout), ms };
}

const tally = (findings) => {
  const byRule = {};
  const bySeverity = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) {
    byRule[finding.rule] ??= { error: 0, warning: 0, notice: 0 };
    byRule[finding.rule][finding.severity] += 1;
    bySeverity[finding.severity] += 1;
  }
  return { bySeverity, byRule: Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => a.localeCompare(b))) };
};

// 1. The valid manifests.
// The rollout command takes its excluded globs from the config file (the --exclude flag belongs to the review).
const excludeConfig = path.join(build, 'exclude.yml');
writeFileSync(excludeConfig, `exclude: ${JSON.stringify(EXCLUDED)}\n`);
const valid = lint(VALID_FOLDERS, ['--config', excludeConfig]);
const validStats = valid.report.runs[0].stats;
const validTally = tally(valid.report.findings);
const validErrors = valid.report.findings.filter((finding) => finding.severity === 'error');
const controllerRejects = validErrors.filter((finding) => rejectedByTheController(finding.file, finding.rule)).map((finding) => ({ ...finding, reason: rejectionOf(finding.file, finding.rule).reason }));
const falseErrors = validErrors.filter((finding) => !rejectedByTheController(finding.file, finding.rule));

// 2. The fixtures of `kubectl argo rollouts lint`, one file at a time as its test lints them.
const fixtures = readdirSync(path.join(checkout, FIXTURES)).filter((name) => /^(in)?valid/.test(name)).sort();
const verdicts = fixtures.map((name) => {
  const { report } = lint([path.join(FIXTURES, name)]);
  const findings = report.findings;
  if (name.startsWith('valid')) {
    const loud = findings.filter((finding) => finding.severity !== 'notice');
    const unexplained = loud.filter((finding) => !rejectedByTheController(`${FIXTURES}/${name}`, finding.rule));
    const expected = unexplained.length < loud.length ? 'rejected by the controller (see REJECTED_BY_THE_CONTROLLER)' : 'clean (no error or warning)';
    return { file: name, expected, got: loud.map((finding) => finding.rule), ok: unexplained.length === 0 };
  }
  const wanted = INVALID_FIXTURES[name];
  const errors = findings.filter((finding) => finding.severity === 'error').map((finding) => finding.rule);
  return { file: name, expected: wanted ?? '(no expectation written: add one)', got: errors, ok: wanted !== undefined && errors.includes(wanted) };
});

const result = {
  date: new Date().toISOString().slice(0, 10),
  upstream: { repository: 'argoproj/argo-rollouts', commit, pinned: PINNED_COMMIT },
  machine: describeMachine(loadAtStart),
  valid: { paths: VALID_FOLDERS, excluded: EXCLUDED, files: validStats.files, manifests: validStats.manifests, skipped: validStats.skipped, ms: Math.round(valid.ms), ...validTally, falseErrors, controllerRejects },
  fixtures: verdicts,
};
mkdirSync(path.join(bench, 'results'), { recursive: true });
const out = path.join(bench, 'results', `rollout-lint-${result.date}.json`);
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);

const lines = [
  `Upstream ${commit.slice(0, 12)}: ${validStats.files} files, ${Object.entries(validStats.manifests).map(([kind, count]) => `${count} ${kind}`).join(', ')}, ${validStats.skipped.length} skipped; ${Math.round(valid.ms)} ms`,
  `Findings: ${validTally.bySeverity.error} errors (${controllerRejects.length} on manifests the controller rejects, ${falseErrors.length} false), ${validTally.bySeverity.warning} warnings, ${validTally.bySeverity.notice} notices`,
  '',
  '| rule | error | warning | notice |',
  '|---|---:|---:|---:|',
  ...Object.entries(validTally.byRule).map(([rule, counts]) => `| ${rule} | ${counts.error} | ${counts.warning} | ${counts.notice} |`),
  '',
  'Errors on manifests the controller rejects as written:',
  ...controllerRejects.map((finding) => `- ${finding.file}:${finding.line} ${finding.rule}: ${finding.reason}`),
  '',
  '| fixture | expected | reported | ok |',
  '|---|---|---|:---:|',
  ...verdicts.map((verdict) => `| ${verdict.file} | ${verdict.expected} | ${verdict.got.join(', ') || '–'} | ${verdict.ok ? 'yes' : '**no**'} |`),
];
process.stdout.write(`${lines.join('\n')}\n\nWrote ${path.relative(root, out)}\n`);
const failed = falseErrors.length > 0 || verdicts.some((verdict) => !verdict.ok);
process.exit(failed ? 1 : 0);
