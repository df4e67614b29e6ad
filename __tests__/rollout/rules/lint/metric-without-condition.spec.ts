import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'metric-without-condition';

describe(RULE, () => {
  it('reports a value metric with no condition; conditions, job and kayenta metrics pass', () => {
    const text = yaml(
      'apiVersion: argoproj.io/v1alpha1',
      'kind: ClusterAnalysisTemplate',
      'metadata: {name: shared}',
      'spec:',
      '  metrics:', //                                                            5
      '    - name: errors',
      '      provider: {prometheus: {query: up}}',
      '    - name: guarded',
      "      failureCondition: len(result) > 0 && result[0] > 5",
      '      provider: {prometheus: {query: up}}', //                             10
      '    - name: smoke',
      '      provider: {job: {spec: {}}}',
      '    - name: judge',
      '      provider: {kayenta: {application: web}}',
    );
    expect(lintSnippet({ 'shared.yaml': text }, RULE)).toEqual([
      "shared.yaml:6:7 metric-without-condition Metric 'errors' (prometheus) in ClusterAnalysisTemplate 'shared' has neither successCondition nor failureCondition: every measurement counts as Successful, so it checks nothing.",
    ]);
  });
});
