import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'analysis-arg-missing';

const template = yaml(
  'apiVersion: argoproj.io/v1alpha1',
  'kind: AnalysisTemplate',
  'metadata: {name: success-rate}',
  'spec:',
  '  args:',
  '    - name: service-name',
  '    - name: namespace',
  '    - name: window',
  '      value: 5m',
  '    - name: canary-hash',
  '      valueFrom: {podTemplateHashValue: Latest}',
  '  metrics: []',
);

describe(RULE, () => {
  it('reports each required arg the Rollout does not pass; defaults, valueFrom and passed args are fine', () => {
    const rollout = yaml(
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Rollout',
      'metadata: {name: web}',
      'spec:',
      '  strategy:', //                                  5
      '    canary:',
      '      analysis:',
      '        templates: [{templateName: success-rate}]',
      '        args: [{name: service-name, value: web}]',
      '      steps:', //                                  10
      '        - analysis:',
      '            templates: [{templateName: success-rate}]',
      '            args: [{name: service-name, value: web}, {name: namespace, value: shop}]',
    );
    expect(lintSnippet({ 'rollout.yaml': rollout, 'template.yaml': template }, RULE)).toEqual([
      "rollout.yaml:8:22 analysis-arg-missing AnalysisTemplate 'success-rate' needs arg 'namespace' (it has no value or valueFrom), but spec.strategy.canary.analysis.args does not pass it.",
    ]);
  });

  it('leaves an unresolved template to analysis-template-not-found', () => {
    const rollout = yaml('apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', 'metadata: {name: web}', 'spec:', '  strategy:', '    canary:', '      analysis: {templates: [{templateName: missing}]}');
    expect(lintSnippet({ 'rollout.yaml': rollout }, RULE)).toEqual([]);
  });
});
