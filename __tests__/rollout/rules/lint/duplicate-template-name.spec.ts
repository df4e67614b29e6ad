import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'duplicate-template-name';

const template = (name: string, namespace: string | undefined, arg: string) =>
  yaml(
    'apiVersion: argoproj.io/v1alpha1',
    'kind: AnalysisTemplate',
    `metadata: {name: ${name}${namespace ? `, namespace: ${namespace}` : ''}}`,
    'spec:',
    `  args: [{name: ${arg}}]`,
    '  metrics: [{name: m, failureLimit: 1, provider: {job: {spec: {}}}}]',
  );

const rollout = (name: string, arg: string) =>
  yaml(
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Rollout',
    `metadata: {name: ${name}}`,
    'spec:',
    '  progressDeadlineAbort: true',
    '  strategy:',
    '    canary:',
    `      analysis: {templates: [{templateName: rate}], args: [{name: ${arg}, value: x}]}`,
    '      steps: [{setWeight: 100}]',
  );

describe(RULE, () => {
  it('warns on the later definition naming the first, and resolves each Rollout to the template of its own file first', () => {
    const files = {
      'a/app.yaml': `${rollout('a', 'service')}---\n${template('rate', undefined, 'service')}`,
      'b/app.yaml': `${rollout('b', 'host')}---\n${template('rate', undefined, 'host')}`,
      // No template of its own: it gets the first file's, whose arg 'service' it does not pass.
      'c/app.yaml': rollout('c', 'host'),
    };
    expect(lintSnippet(files)).toEqual([
      "b/app.yaml:13:12 duplicate-template-name AnalysisTemplate 'rate' is also defined in a/app.yaml:13, in the same namespace: the cluster keeps whichever is applied last. The lint resolves a Rollout's reference to the one in its own file, else to a/app.yaml.",
      "c/app.yaml:8:31 analysis-arg-missing AnalysisTemplate 'rate' needs arg 'service' (it has no value or valueFrom), but spec.strategy.canary.analysis.args does not pass it.",
    ]);
  });

  it('stays quiet on one name in two namespaces, and on a ClusterAnalysisTemplate beside an AnalysisTemplate of that name', () => {
    const cluster = yaml('apiVersion: argoproj.io/v1alpha1', 'kind: ClusterAnalysisTemplate', 'metadata: {name: rate}', 'spec: {metrics: []}');
    expect(lintSnippet({ 'x.yaml': template('rate', 'shop', 'a'), 'y.yaml': template('rate', 'billing', 'a'), 'z.yaml': cluster }, RULE)).toEqual([]);
  });
});
