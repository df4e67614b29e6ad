import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'condition-syntax-error';

describe(RULE, () => {
  it('reports conditions that are not expr-lang, and passes valid, templated and uncovered ones', () => {
    const text = yaml(
      'apiVersion: argoproj.io/v1alpha1',
      'kind: AnalysisTemplate',
      'metadata: {name: rates}',
      'spec:',
      '  args: [{name: threshold}]', //                                                     5
      '  metrics:',
      '    - name: broken',
      '      successCondition: len(result) == 0 || result[0] >=',
      '      failureCondition: result[0] < 0.5 result[0] > 2',
      '      provider: {prometheus: {query: up}}', //                                          10
      '    - name: valid',
      '      successCondition: len(result) == 0 || all(result, {# >= {{args.threshold}}})',
      '      failureCondition: "result.status not in [\'ok\', \'degraded\'] and not isNil(result)"',
      '      provider: {web: {url: "http://status"}}',
      '    - name: slice', //                                                                  15
      '      successCondition: len(result[1:]) == 0',
      '      provider: {prometheus: {query: up}}',
    );
    expect(lintSnippet({ 'rates.yaml': text }, RULE)).toEqual([
      "rates.yaml:8:7 condition-syntax-error spec.metrics[0].successCondition is 'len(result) == 0 || result[0] >=', which is not valid expr-lang (Expected expression after >= at offset 32): every measurement errors.",
      "rates.yaml:9:7 condition-syntax-error spec.metrics[0].failureCondition is 'result[0] < 0.5 result[0] > 2', which is not valid expr-lang (Expected one expression, found 2 side by side): every measurement errors.",
    ]);
  });
});
