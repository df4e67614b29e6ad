import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'step-analysis-runs-forever';

const templates = yaml(
  'apiVersion: argoproj.io/v1alpha1',
  'kind: AnalysisTemplate',
  'metadata: {name: endless}',
  'spec:',
  '  metrics:',
  '    - {name: error-rate, interval: 1m, provider: {web: {url: http://x}}}',
  '    - {name: bounded, interval: 1m, count: 3, provider: {web: {url: http://x}}}',
  '---',
  'apiVersion: argoproj.io/v1alpha1',
  'kind: AnalysisTemplate',
  'metadata: {name: bounded}',
  'spec:',
  '  metrics:',
  '    - {name: latency, interval: 1m, count: 5, provider: {web: {url: http://x}}}',
);

describe(RULE, () => {
  it('reports step and pre-promotion analyses of an unbounded metric, not background analysis or bounded metrics', () => {
    const rollout = yaml(
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Rollout',
      'metadata: {name: web}',
      'spec:',
      '  strategy:', //                                          5
      '    canary:',
      '      analysis: {templates: [{templateName: endless}]}',
      '      steps:',
      '        - analysis: {templates: [{templateName: bounded}]}',
      '        - analysis: {templates: [{templateName: endless}]}', // 10
      '---',
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Rollout',
      'metadata: {name: preview}',
      'spec:', //                                                  15
      '  strategy:',
      '    blueGreen:',
      '      activeService: web',
      '      prePromotionAnalysis: {templates: [{templateName: endless}]}',
    );
    expect(lintSnippet({ 'rollouts.yaml': rollout, 'templates.yaml': templates }, RULE)).toEqual([
      "rollouts.yaml:10:35 step-analysis-runs-forever spec.strategy.canary.steps[1].analysis (step analysis) uses AnalysisTemplate 'endless', whose metric 'error-rate' has interval 1m and no count: it runs until stopped, so the step analysis never finishes.",
      "rollouts.yaml:19:43 step-analysis-runs-forever spec.strategy.blueGreen.prePromotionAnalysis (pre-promotion analysis) uses AnalysisTemplate 'endless', whose metric 'error-rate' has interval 1m and no count: it runs until stopped, so the pre-promotion analysis never finishes.",
    ]);
  });
});
