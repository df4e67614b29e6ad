import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'manifest-yaml-error';

describe(RULE, () => {
  it('reports a broken Rollout where the parser stopped, and lints the other file', () => {
    const broken = yaml('apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', 'metadata:', '  name: web', 'spec:', '  strategy: {canary: {steps: [', '');
    const fine = yaml('apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', 'metadata: {name: api}', 'spec:', '  progressDeadlineAbort: true', '  strategy:', '    canary:', '      steps: [{setWeight: 101}]');
    expect(lintSnippet({ 'web.yaml': broken, 'api.yaml': fine }).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual([
      'api.yaml:7:5 rollout-without-analysis',
      'api.yaml:8:16 set-weight-out-of-range',
      'web.yaml:8:1 manifest-yaml-error',
    ]);
  });

  it('stays quiet on broken YAML of a kind it does not check, and on valid manifests', () => {
    const run = yaml('apiVersion: argoproj.io/v1alpha1', 'kind: AnalysisRun', 'metadata: {name: r}', 'spec: {metrics: [');
    const secret = yaml('apiVersion: v1', 'kind: Secret', 'data: {a: [');
    const fine = yaml('apiVersion: argoproj.io/v1alpha1', 'kind: AnalysisTemplate', 'metadata: {name: t}', 'spec: {metrics: [{name: m, provider: {job: {}}}]}');
    expect(lintSnippet({ 'run.yaml': run, 'secret.yaml': secret, 'fine.yaml': fine }, RULE)).toEqual([]);
  });
});
