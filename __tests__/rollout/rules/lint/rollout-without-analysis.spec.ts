import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'rollout-without-analysis';

describe(RULE, () => {
  it('reports a canary without analysis at its canary key, and not one with background, step or experiment analysis', () => {
    const text = yaml(
      'apiVersion: argoproj.io/v1alpha1', //    1
      'kind: Rollout',
      'metadata: {name: bare}',
      'spec:',
      '  strategy:', //                          5
      '    canary:',
      '      steps: [{setWeight: 50}]',
      '---',
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Rollout', //                        10
      'metadata: {name: background}',
      'spec:',
      '  strategy:',
      '    canary:',
      '      analysis: {templates: [{templateName: t}]}', // 15
      '---',
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Rollout',
      'metadata: {name: stepped}',
      'spec:', //                                20
      '  strategy:',
      '    canary:',
      '      steps: [{analysis: {templates: [{templateName: t}]}}]',
      '---',
      'apiVersion: argoproj.io/v1alpha1', //    25
      'kind: Rollout',
      'metadata: {name: experimented}',
      'spec:',
      '  strategy:',
      '    canary:', //                          30
      '      steps: [{experiment: {templates: [], analyses: [{name: a, templateName: t}]}}]',
    );
    expect(lintSnippet({ 'rollouts.yaml': text }, RULE)).toEqual([
      "rollouts.yaml:6:5 rollout-without-analysis Rollout 'bare': spec.strategy.canary has no analysis (no canary.analysis, no analysis step, no experiment analysis), so nothing can abort a bad canary except the progress deadline.",
    ]);
  });

  it('ignores blue-green Rollouts, which have no canary to analyse', () => {
    const text = yaml('apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', 'metadata: {name: bg}', 'spec:', '  strategy:', '    blueGreen: {activeService: web}');
    expect(lintSnippet({ 'bg.yaml': text }, RULE)).toEqual([]);
  });
});
