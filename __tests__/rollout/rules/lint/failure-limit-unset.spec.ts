import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'failure-limit-unset';

describe(RULE, () => {
  it('reports a metric without failureLimit, not one that sets it (even to 0)', () => {
    const text = yaml(
      'apiVersion: argoproj.io/v1alpha1',
      'kind: AnalysisTemplate',
      'metadata: {name: rates}',
      'spec:',
      '  metrics:', //                                                                 5
      '    - {name: strict, failureLimit: 0, provider: {web: {url: http://x}}}',
      '    - {name: lenient, failureLimit: 3, provider: {web: {url: http://x}}}',
      '    - {name: default, provider: {web: {url: http://x}}}',
    );
    expect(lintSnippet({ 'rates.yaml': text }, RULE)).toEqual([
      "rates.yaml:8:7 failure-limit-unset Metric 'default' in AnalysisTemplate 'rates' sets no failureLimit: the default 0 fails the metric on its first failed measurement.",
    ]);
  });
});
