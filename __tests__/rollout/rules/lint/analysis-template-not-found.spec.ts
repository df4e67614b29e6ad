import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'analysis-template-not-found';

const rollout = yaml(
  'apiVersion: argoproj.io/v1alpha1',
  'kind: Rollout',
  'metadata: {name: web, namespace: shop}',
  'spec:',
  '  strategy:', //                                                     5
  '    canary:',
  '      analysis:',
  '        templates:',
  '          - templateName: success-rate',
  '          - templateName: latency', //                                10
  '          - templateName: error-budget',
  '            clusterScope: true',
  '          - templateName: shared-latency',
  '            clusterScope: true',
  '      steps:', //                                                     15
  '        - experiment: {templates: [], analyses: [{name: smoke, templateName: smoke-test}]}',
  '        - analysis: {templates: [{templateName: other-namespace}]}',
);

const templates = yaml(
  'apiVersion: argoproj.io/v1alpha1',
  'kind: AnalysisTemplate',
  'metadata: {name: success-rate}',
  'spec: {metrics: []}',
  '---',
  'apiVersion: argoproj.io/v1alpha1',
  'kind: AnalysisTemplate',
  'metadata: {name: error-budget, namespace: shop}',
  'spec: {metrics: []}',
  '---',
  'apiVersion: argoproj.io/v1alpha1',
  'kind: ClusterAnalysisTemplate',
  'metadata: {name: shared-latency}',
  'spec: {metrics: []}',
  '---',
  'apiVersion: argoproj.io/v1alpha1',
  'kind: AnalysisTemplate',
  'metadata: {name: other-namespace, namespace: billing}',
  'spec: {metrics: []}',
);

describe(RULE, () => {
  it('resolves references against templates in other files, by kind and namespace, and reports the rest', () => {
    expect(lintSnippet({ 'deploy/rollout.yaml': rollout, 'analysis/templates.yaml': templates }, RULE)).toEqual([
      "deploy/rollout.yaml:10:13 analysis-template-not-found spec.strategy.canary.analysis.templates[1].templateName is 'latency', but no AnalysisTemplate of that name is among the linted manifests; only the cluster can tell whether it exists there.",
      "deploy/rollout.yaml:11:13 analysis-template-not-found spec.strategy.canary.analysis.templates[2].templateName is 'error-budget', but no ClusterAnalysisTemplate of that name is among the linted manifests. An AnalysisTemplate of that name exists in analysis/templates.yaml: remove clusterScope: true.",
      "deploy/rollout.yaml:16:64 analysis-template-not-found spec.strategy.canary.steps[0].experiment.analyses[0].templateName is 'smoke-test', but no AnalysisTemplate of that name is among the linted manifests; only the cluster can tell whether it exists there.",
      "deploy/rollout.yaml:17:35 analysis-template-not-found spec.strategy.canary.steps[1].analysis.templates[0].templateName is 'other-namespace', but no AnalysisTemplate of that name is among the linted manifests. An AnalysisTemplate of that name exists in namespace billing (analysis/templates.yaml), but an AnalysisTemplate is only found in the Rollout's own namespace, shop.",
    ]);
  });

  it('reports every reference when the templates file is not among the linted ones', () => {
    expect(lintSnippet({ 'deploy/rollout.yaml': rollout }, RULE)).toHaveLength(6);
  });
});
