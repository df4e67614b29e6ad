import { runCli } from '../../../src/cli/main.js';
import type { Report } from '../../../src/core/report.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeRepo } from '../../helpers/git-repo.js';
import { makeTree } from '../../helpers/temp-tree.js';
import { prometheusInstalled, startTestPrometheus, type TestPrometheus } from '../../helpers/test-prometheus.js';

const describeWithPrometheus = prometheusInstalled() ? describe : describe.skip;

async function cli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), colorByDefault: false });
  return { code, stdout, stderr };
}

/** The stable's error ratio over the last 70 minutes, a sample every 15 s: 0.02, with a spike to 0.08 20 minutes ago. */
function stableErrors(now: number) {
  const end = Math.floor(now) - 5;
  const times = Array.from({ length: 281 }, (_, index) => end - (280 - index) * 15);
  return [{ metric: 'http_error_ratio', labels: { service: 'checkout' }, samples: times.map((time) => ({ time, value: Math.abs(time - (end - 1200)) < 8 ? 0.08 : 0.02 })) }];
}

const TEMPLATES = `apiVersion: argoproj.io/v1alpha1
kind: AnalysisTemplate
metadata: {name: error-ratio}
spec:
  args: [{name: service}]
  metrics:
    - name: strict
      failureLimit: 1
      successCondition: len(result) > 0 && result[0] < 0.05
      provider: {prometheus: {query: 'max(http_error_ratio{service="{{args.service}}"})'}}
    - name: typo
      failureLimit: 1
      successCondition: len(result) > 0 && result[0] < 0.1
      provider: {prometheus: {query: 'max(http_eror_ratio{service="{{args.service}}"})'}}
    - name: impossible
      failureLimit: 1
      failureCondition: len(result) > 0 && result[0] < 0 && result[0] > 1
      provider: {prometheus: {query: 'max(http_error_ratio{service="{{args.service}}"})'}}
    - name: fine
      failureLimit: 1
      successCondition: len(result) > 0 && result[0] < 0.1
      provider: {prometheus: {query: 'max(http_error_ratio{service="{{args.service}}"})'}}
`;

describeWithPrometheus('predator-guard rollout --lint --prometheus-url: the pre-merge dry run', () => {
  let prometheus: TestPrometheus;
  beforeAll(async () => {
    prometheus = await startTestPrometheus(stableErrors(Date.now() / 1000));
  });
  afterAll(async () => prometheus?.close());

  it('warns, at each metric, that it would fail today, returns no data, or can never fail, and stays quiet on the one that is fine', async () => {
    const tree = makeTree({ '.predator-guard.yml': 'dry-run-args:\n  error-ratio: {service: checkout}\n', 'k8s/templates.yaml': TEMPLATES });
    try {
      const { code, stdout, stderr } = await cli(['rollout', '--lint', 'k8s', '--prometheus-url', prometheus.url, '--format', 'json'], tree.root);
      expect([code, stderr]).toEqual([0, '']);
      const report = JSON.parse(stdout) as Report;
      const dryRun = report.findings.filter((finding) => finding.rule === 'analysis-dry-run');
      expect(dryRun.map((finding) => `${finding.file}:${finding.line} ${finding.severity} ${finding.message.replace(/ at \S+Z;/, ' at TIME;')}`)).toEqual([
        "k8s/templates.yaml:7 warning Metric 'strict' of AnalysisTemplate 'error-ratio' would fail on the stable version today: 1 of 61 measurements over the last hour failed, the first [0.08] at TIME; query: max(http_error_ratio{service=\"checkout\"})",
        "k8s/templates.yaml:11 warning Metric 'typo' of AnalysisTemplate 'error-ratio' returns no data over the last hour; query: max(http_eror_ratio{service=\"checkout\"})",
        "k8s/templates.yaml:15 warning Metric 'impossible' of AnalysisTemplate 'error-ratio' can never fail: its conditions pass for every value tried (-Inf, -1000000000, -1, 0, 1e-9, 0.01, 0.5, 0.99, 1, 100, 1000000000, +Inf, NaN).",
      ]);
      expect(report.runs[0].stats).toMatchObject({ mode: 'lint', dryRun: { templates: 1 } });
    } finally {
      tree.cleanup();
    }
  });

  it("obeys the manifest's suppression directives, which are not stale when the lint runs without the dry run", async () => {
    const suppressed = TEMPLATES.replace('    - name: typo', '    # predator-guard-ignore-next-line analysis-dry-run -- the series is renamed next release\n    - name: typo');
    const tree = makeTree({ '.predator-guard.yml': 'dry-run-args:\n  error-ratio: {service: checkout}\n', 'k8s/templates.yaml': suppressed });
    try {
      const dryRun = await cli(['rollout', '--lint', 'k8s', '--prometheus-url', prometheus.url, '--format', 'json'], tree.root);
      expect([dryRun.code, dryRun.stderr]).toEqual([0, '']);
      const findings = (JSON.parse(dryRun.stdout) as Report).findings.map((finding) => `${finding.file}:${finding.line} ${finding.rule}`);
      expect(findings).toEqual(['k8s/templates.yaml:7 analysis-dry-run', 'k8s/templates.yaml:16 analysis-dry-run']);
      // Without prometheus-url the rule does not run, so the directive is neither unused nor naming an unknown rule.
      const lintOnly = await cli(['rollout', '--lint', 'k8s', '--format', 'json'], tree.root);
      expect([lintOnly.code, lintOnly.stderr, (JSON.parse(lintOnly.stdout) as Report).findings]).toEqual([0, '', []]);
      // A directive naming the rule when it did run and matched nothing (the metric that is fine) is still stale.
      writeFileSync(path.join(tree.root, 'k8s/templates.yaml'), suppressed.replace('    - name: fine', '    # predator-guard-ignore-next-line analysis-dry-run\n    - name: fine'));
      const stale = await cli(['rollout', '--lint', 'k8s', '--prometheus-url', prometheus.url, '--format', 'json'], tree.root);
      expect((JSON.parse(stale.stdout) as Report).findings.filter((finding) => finding.rule === 'unused-suppression').map((finding) => `${finding.line} ${finding.message}`)).toEqual([
        "20 Suppression of 'analysis-dry-run' matches no finding.",
      ]);
    } finally {
      tree.cleanup();
    }
  });

  it('takes the severity of a per-path override, as the lint rules do', async () => {
    const config = 'dry-run-args:\n  error-ratio: {service: checkout}\noverrides:\n  - files: [k8s/experimental/**]\n    rules: {analysis-dry-run: {severity: notice}}\n';
    const tree = makeTree({ '.predator-guard.yml': config, 'k8s/experimental/templates.yaml': TEMPLATES });
    try {
      const { code, stdout, stderr } = await cli(['rollout', '--lint', 'k8s', '--prometheus-url', prometheus.url, '--format', 'json'], tree.root);
      expect([code, stderr]).toEqual([0, '']);
      expect((JSON.parse(stdout) as Report).findings.map((finding) => `${finding.line} ${finding.severity} ${finding.rule}`)).toEqual([
        '7 notice analysis-dry-run',
        '11 notice analysis-dry-run',
        '15 notice analysis-dry-run',
      ]);
    } finally {
      tree.cleanup();
    }
  });

  it('with --diff-base runs only the templates the change edits, not their neighbours in the same file', async () => {
    const pair = `${TEMPLATES}---\n${TEMPLATES.replace('name: error-ratio', 'name: second-ratio')}`;
    const repo = makeRepo({ '.predator-guard.yml': 'dry-run-args:\n  error-ratio: {service: checkout}\n  second-ratio: {service: checkout}\n', 'k8s/templates.yaml': pair });
    try {
      const edited = pair.split('---\n');
      writeFileSync(path.join(repo.root, 'k8s/templates.yaml'), `${edited[0]}---\n${edited[1].replace('result[0] < 0.1', 'result[0] < 0.2')}`);
      const { code, stdout } = await cli(['rollout', '--lint', 'k8s', '--diff-base', 'HEAD', '--filter-mode', 'nofilter', '--prometheus-url', prometheus.url, '--format', 'json'], repo.root);
      expect(code).toBe(0);
      const report = JSON.parse(stdout) as Report;
      expect(report.runs[0].stats).toMatchObject({ dryRun: { templates: 1, metrics: expect.arrayContaining([expect.objectContaining({ template: 'second-ratio' })]) } });
      expect(JSON.stringify(report.runs[0].stats)).not.toContain('"template":"error-ratio"');
      // In the default filter mode (added lines) a finding stays when the change touched its metric's lines.
      const filtered = JSON.parse((await cli(['rollout', '--lint', 'k8s', '--diff-base', 'HEAD', '--prometheus-url', prometheus.url, '--format', 'json'], repo.root)).stdout) as Report;
      expect(filtered.findings.filter((finding) => finding.rule === 'analysis-dry-run').map((finding) => `${finding.line} ${finding.data?.template} ${finding.data?.metric} ${finding.data?.outcome}`)).toEqual(['34 second-ratio typo no-data']);
    } finally {
      repo.cleanup();
    }
  });

  it('with --diff-base runs only the templates in files the change touches', async () => {
    const other = TEMPLATES.replace('name: error-ratio', 'name: other-ratio');
    const repo = makeRepo({ '.predator-guard.yml': 'dry-run-args:\n  error-ratio: {service: checkout}\n  other-ratio: {service: checkout}\n', 'k8s/templates.yaml': TEMPLATES, 'k8s/other.yaml': other });
    try {
      writeFileSync(path.join(repo.root, 'k8s/other.yaml'), other.replace('result[0] < 0.1', 'result[0] < 0.2'));
      const { code, stdout } = await cli(['rollout', '--lint', 'k8s', '--diff-base', 'HEAD', '--filter-mode', 'nofilter', '--prometheus-url', prometheus.url, '--format', 'json'], repo.root);
      expect(code).toBe(0);
      const report = JSON.parse(stdout) as Report;
      expect(report.runs[0].stats).toMatchObject({ dryRun: { templates: 1 } });
      expect([...new Set(report.findings.filter((finding) => finding.rule === 'analysis-dry-run').map((finding) => finding.file))]).toEqual(['k8s/other.yaml']);
    } finally {
      repo.cleanup();
    }
  });

  it('refuses under pull_request_target when prometheus-url carries credentials (exit 2, credentials not shown)', async () => {
    const tree = makeTree({ 'k8s/templates.yaml': TEMPLATES });
    const previous = process.env.GITHUB_EVENT_NAME;
    process.env.GITHUB_EVENT_NAME = 'pull_request_target';
    try {
      const url = prometheus.url.replace('http://', 'http://reader:s3cret@');
      const { code, stdout, stderr } = await cli(['rollout', '--lint', 'k8s', '--prometheus-url', url], tree.root);
      expect(code).toBe(2);
      expect(stdout + stderr).toContain(`Refusing the pre-merge dry run under pull_request_target against ${prometheus.url}: its credentials come from this repository's secrets`);
      expect(stdout + stderr).not.toContain('s3cret');
      const token = await cli(['rollout', '--lint', 'k8s', '--prometheus-url', `${prometheus.url}?access_token=s3cret`], tree.root);
      expect(token.code).toBe(2);
      expect(token.stdout + token.stderr).not.toContain('s3cret');
      const withoutCredentials = await cli(['rollout', '--lint', 'k8s', '--prometheus-url', prometheus.url, '--format', 'json'], tree.root);
      expect(withoutCredentials.code).toBe(0);
    } finally {
      if (previous === undefined) delete process.env.GITHUB_EVENT_NAME;
      else process.env.GITHUB_EVENT_NAME = previous;
      tree.cleanup();
    }
  });
});
