import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/main.js';
import type { Report } from '../../src/core/report.js';
import { makeTree } from '../helpers/temp-tree.js';

const project = fileURLToPath(new URL('../fixtures', import.meta.url));

async function cli(argv: string[], cwd = project): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), colorByDefault: false });
  return { code, stdout, stderr };
}

describe('predator-guard rollout --lint', () => {
  it('lints every manifest under the path, resolving templates across files, and fails on an error', async () => {
    const { code, stdout, stderr } = await cli(['rollout', '--lint', 'rollouts', '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Report;
    expect(report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.category} ${f.rule}`)).toEqual([
      'rollouts/analysis/templates.yaml:26:7 notice configuration failure-limit-unset',
      'rollouts/analysis/templates.yaml:28:7 warning configuration unguarded-result-index',
      'rollouts/deploy/checkout.yaml:43:17 error configuration step-analysis-runs-forever',
      'rollouts/deploy/checkout.yaml:45:11 notice configuration indefinite-pause',
    ]);
    expect(report.findings[2].message).toBe(
      "spec.strategy.canary.steps[3].analysis (step analysis) uses AnalysisTemplate 'latency', whose metric 'p99' has interval 30s and no count: it runs until stopped, so the step analysis never finishes.",
    );
    expect(report.runs).toEqual([
      expect.objectContaining({ analyzer: 'rollout', status: 'ok', stats: expect.objectContaining({ mode: 'lint', files: 2, manifests: { Rollout: 1, AnalysisTemplate: 2, ClusterAnalysisTemplate: 0, Canary: 0, MetricTemplate: 0 } }) }),
    ]);
    expect(report.gate).toMatchObject({ passed: false, counts: { error: 1, warning: 1, notice: 2 } });
  });

  it('reports the template as missing when only the Rollout file is linted, and passes with the rule turned off', async () => {
    const alone = await cli(['rollout', '--lint', 'rollouts/deploy', '--format', 'json']);
    const rules = (JSON.parse(alone.stdout) as Report).findings.map((f) => `${f.line} ${f.rule}`);
    expect(rules).toEqual(['33 analysis-template-not-found', '43 analysis-template-not-found', '45 indefinite-pause']);
    const tree = makeTree({
      '.predator-guard.yml': 'rules:\n  analysis-template-not-found:\n    severity: off\n',
      'k8s/rollout.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: web}\nspec:\n  progressDeadlineAbort: true\n  strategy:\n    canary:\n      analysis: {templates: [{templateName: elsewhere}]}\n',
    });
    try {
      const passed = await cli(['rollout', '--lint', 'k8s', '--format', 'json'], tree.root);
      expect(passed.code).toBe(0);
      expect((JSON.parse(passed.stdout) as Report).findings).toEqual([]);
    } finally {
      tree.cleanup();
    }
  });

  it('lints the configured paths when the config enables the rollout check without rollout names', async () => {
    const tree = makeTree({
      '.predator-guard.yml': 'checks: [rollout]\npaths: [k8s]\n',
      'k8s/rollout.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: web}\nspec:\n  progressDeadlineAbort: true\n  strategy:\n    canary:\n      steps: [{setWeight: 150}]\n',
      'elsewhere/rollout.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: other}\nspec: {}\n',
    });
    try {
      const { code, stdout } = await cli(['check', '--format', 'json'], tree.root);
      expect(code).toBe(1);
      expect((JSON.parse(stdout) as Report).findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`)).toEqual([
        'k8s/rollout.yaml:7:5 rollout-without-analysis',
        'k8s/rollout.yaml:8:16 set-weight-out-of-range',
      ]);
    } finally {
      tree.cleanup();
    }
  });

  it('never stops on one file: a broken Rollout is a finding, a Helm template is skipped with why, a broken AnalysisRun is ignored', async () => {
    const tree = makeTree({
      'bad.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: broken\nspec:\n  steps: [1, 2\n',
      'run.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: AnalysisRun\nmetadata: {name: r}\nspec: {metrics: [\n',
      'chart/templates/rollout.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: {{ include "app.fullname" . }}\n',
      'chart/templates/service.yaml': 'kind: Service\n{{- if .Values.enabled }}\n',
      'good.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: web}\nspec:\n  progressDeadlineAbort: true\n  strategy:\n    canary:\n      steps: [{setWeight: 150}]\n',
    });
    try {
      const { code, stdout, stderr } = await cli(['rollout', '--lint', '.', '--format', 'json'], tree.root);
      expect(stderr).toBe('');
      expect(code).toBe(1);
      const report = JSON.parse(stdout) as Report;
      expect(report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`)).toEqual([
        expect.stringMatching(/^bad\.yaml:7:1 manifest-yaml-error Rollout 'broken' is not valid YAML: .+; nothing else in it was checked\.$/),
        'good.yaml:7:5 rollout-without-analysis ' + report.findings[1].message,
        'good.yaml:8:16 set-weight-out-of-range ' + report.findings[2].message,
      ]);
      expect(report.runs[0]).toMatchObject({
        status: 'ok',
        stats: {
          files: 5,
          manifests: { Rollout: 2, AnalysisTemplate: 0, ClusterAnalysisTemplate: 0, Canary: 0, MetricTemplate: 0 },
          skipped: [{ file: 'chart/templates/rollout.yaml', reason: 'Helm/Go template syntax at line 4 ({{ include "app.fullname" . }}): render it first (helm template, kustomize build) and lint the output' }],
        },
      });
      const text = await cli(['rollout', '--lint', 'chart'], tree.root);
      expect(text.code).toBe(2);
    } finally {
      tree.cleanup();
    }
  });

  it('exits 2 naming the paths when they hold nothing to lint, and passes with --allow-empty (or allow-empty: true)', async () => {
    const tree = makeTree({ 'k8s/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\n', 'cfg/.predator-guard.yml': 'allow-empty: true\n' });
    try {
      const empty = await cli(['rollout', '--lint', 'k8s', '--format', 'json'], tree.root);
      expect(empty.code).toBe(2);
      expect((JSON.parse(empty.stdout) as Report).runs[0].error).toBe(
        'No Rollout, AnalysisTemplate, ClusterAnalysisTemplate, Canary, MetricTemplate manifest found under k8s (1 YAML file read). Pass the folder that holds the manifests, render templates first, or set allow-empty: true (--allow-empty, action input allow-empty) when an empty set is expected.',
      );
      const allowed = await cli(['rollout', '--lint', 'k8s', '--allow-empty', '--format', 'json'], tree.root);
      expect(allowed.code).toBe(0);
      expect((JSON.parse(allowed.stdout) as Report).runs[0]).toMatchObject({ status: 'ok', stats: { files: 1, skipped: [] } });
      const configured = await cli(['rollout', '--lint', 'k8s', '--config', 'cfg/.predator-guard.yml', '--format', 'json'], tree.root);
      expect(configured.code).toBe(0);
    } finally {
      tree.cleanup();
    }
  });

  /** Runs `body` with KUBECONFIG and HOME as given, so the machine's own kubeconfig never decides a test. */
  async function withKubeEnvironment<T>(kubeconfig: string | undefined, body: () => Promise<T>): Promise<T> {
    const saved = { KUBECONFIG: process.env.KUBECONFIG, HOME: process.env.HOME };
    const home = makeTree({ '.keep': '' });
    process.env.HOME = home.root;
    if (kubeconfig === undefined) delete process.env.KUBECONFIG;
    else process.env.KUBECONFIG = kubeconfig;
    try {
      return await body();
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      home.cleanup();
    }
  }

  it('needs a cluster for a selector as for names, and says how to give one', async () => {
    const selected = await withKubeEnvironment(undefined, () => cli(['rollout', '--selector', 'app=web', '--format', 'json']));
    expect(selected).toEqual({
      code: 2,
      stdout: '',
      stderr: 'predator-guard: no Kubernetes cluster configured: pass --kubeconfig FILE (the kubeconfig input), set KUBECONFIG, or run inside the cluster.\n',
    });
  });

  it('names a KUBECONFIG that cannot be read, and the fix (exit 2, no stack trace)', async () => {
    const missing = await withKubeEnvironment('/nonexistent/kubeconfig', () => cli(['rollout', 'checkout']));
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "predator-guard: cannot load KUBECONFIG ('/nonexistent/kubeconfig'): ENOENT: no such file or directory, open '/nonexistent/kubeconfig'. " +
        "Point KUBECONFIG at a kubeconfig file (what 'kubectl config view --raw' prints), or pass --kubeconfig FILE.\n",
    });
  });

  it('refuses a bad --timeout or --kind before doing anything, and a missing lint path', async () => {
    expect(await cli(['rollout', 'web', '--timeout', '10 minutes'])).toEqual({ code: 2, stdout: '', stderr: "predator-guard: --timeout: got '10 minutes'; expected a Go-style duration such as 10m, 90s or 1h30m.\n" });
    expect(await cli(['rollout', 'web', '--kind', 'deployment'])).toEqual({ code: 2, stdout: '', stderr: "predator-guard: --kind: got 'deployment'; expected one of rollout, canary.\n" });
    const missing = await cli(['rollout', '--lint', 'nope', '--format', 'json']);
    expect(missing.code).toBe(2);
    expect((JSON.parse(missing.stdout) as Report).runs[0].error).toBe(`Manifest path 'nope' does not exist (resolved to ${project}/nope). Pass a YAML file or a folder of manifests, relative to ${project}.`);
  });
});
