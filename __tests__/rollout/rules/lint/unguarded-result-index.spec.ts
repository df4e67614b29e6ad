import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'unguarded-result-index';

describe(RULE, () => {
  it('reports result[0] with no len() or isNaN() guard, in either condition', () => {
    const text = yaml(
      'apiVersion: argoproj.io/v1alpha1',
      'kind: AnalysisTemplate',
      'metadata: {name: rates}',
      'spec:',
      '  metrics:', //                                                          5
      '    - name: bare',
      '      successCondition: result[0] >= 0.95',
      '      failureCondition: result[0] < 0.5',
      '      provider: {prometheus: {query: up}}',
      '    - name: guarded', //                                                  10
      '      successCondition: len(result) == 0 || result[0] >= 0.95',
      '      failureCondition: isNaN(result[0]) || result[0] < 0.5',
      '      provider: {prometheus: {query: up}}',
      '    - name: scalar',
      '      successCondition: result >= 0.95', //                              15
      '      provider: {prometheus: {query: up}}',
    );
    expect(lintSnippet({ 'rates.yaml': text }, RULE)).toEqual([
      "rates.yaml:7:7 unguarded-result-index spec.metrics[0].successCondition is 'result[0] >= 0.95': it indexes result[0] without guarding an empty result or NaN, so a query with no data errors the measurement.",
      "rates.yaml:8:7 unguarded-result-index spec.metrics[0].failureCondition is 'result[0] < 0.5': it indexes result[0] without guarding an empty result or NaN, so a query with no data errors the measurement.",
    ]);
  });

  it('reads the parsed condition, so text inside string literals neither indexes nor guards', () => {
    const text = yaml(
      'apiVersion: argoproj.io/v1alpha1',
      'kind: AnalysisTemplate',
      'metadata: {name: web}',
      'spec:',
      '  metrics:', //                                                                       5
      '    - name: quoted-index',
      `      successCondition: 'result.message != "result[0]"'`,
      '      provider: {web: {url: "http://status"}}',
      '    - name: quoted-guard',
      `      successCondition: 'result[0] > 0.5 && "len(result)" != ""'`, //                  10
      '      provider: {prometheus: {query: up}}',
    );
    expect(lintSnippet({ 'web.yaml': text }, RULE)).toEqual([
      `web.yaml:10:7 unguarded-result-index spec.metrics[1].successCondition is 'result[0] > 0.5 && "len(result)" != ""': it indexes result[0] without guarding an empty result or NaN, so a query with no data errors the measurement.`,
    ]);
  });
});
