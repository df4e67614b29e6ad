import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'step-analysis-count-zero';

describe(RULE, () => {
  it('reports a step analysis whose metric has count 0, not one with count 1 nor background analysis', () => {
    const manifests = yaml(
      'apiVersion: argoproj.io/v1alpha1',
      'kind: AnalysisTemplate',
      'metadata: {name: never}',
      'spec:',
      '  metrics:', //                                                   5
      '    - {name: smoke, count: 0, provider: {web: {url: http://x}}}',
      '    - {name: once, count: 1, provider: {web: {url: http://x}}}',
      '---',
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Rollout', //                                                 10
      'metadata: {name: web}',
      'spec:',
      '  strategy:',
      '    canary:',
      '      analysis: {templates: [{templateName: never}]}', //        15
      '      steps:',
      '        - analysis: {templates: [{templateName: never}]}',
    );
    expect(lintSnippet({ 'all.yaml': manifests }, RULE)).toEqual([
      "all.yaml:17:35 step-analysis-count-zero spec.strategy.canary.steps[0].analysis uses AnalysisTemplate 'never', whose metric 'smoke' has count: 0: an analysis step never measures it.",
    ]);
  });
});
