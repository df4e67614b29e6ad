import { readFileSync } from 'node:fs';
import path from 'node:path';
import { firstSyntaxError, withNeutralPlaceholders } from '../../../../src/rollout/rules/lint/promql-syntax-error.js';
import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';
import { itWithShared } from '../../../helpers/shared-fixtures.js';

const RULE = 'promql-syntax-error';

function template(...metrics: string[]): string {
  return yaml(
    'apiVersion: argoproj.io/v1alpha1',
    'kind: AnalysisTemplate',
    'metadata: {name: rates}',
    'spec:',
    '  args: [{name: service}, {name: window}, {name: minutes}, {name: threshold}, {name: metric}, {name: shift}]',
    '  metrics:',
    ...metrics,
  );
}

describe(RULE, () => {
  it('reports the query line, where in the query the parser stopped, and the offending token', () => {
    const text = template(
      '    - name: unbalanced', //                                                       7
      '      successCondition: len(result) == 0 || result[0] >= 0.95',
      '      provider:',
      '        prometheus:', //                                                          10
      '          query: sum(rate(http_requests_total{code!~"5.."}[5m]) by (service)',
      '    - name: multi-line',
      '      successCondition: len(result) == 0 || result[0] >= 0.95',
      '      provider:',
      '        prometheus:', //                                                          15
      '          query: |',
      '            sum(rate(errors_total[5m]))',
      '            / sum(rate(requests_total{service="{{args.service}}"[5m]))',
      '    - name: cut-short',
      '      successCondition: len(result) == 0 || result[0] >= 0.95', //              20
      '      provider: {prometheus: {query: "sum(rate(x[5m])) /"}}',
    );
    expect(lintSnippet({ 'rates.yaml': text }, RULE)).toEqual([
      "rates.yaml:11:11 promql-syntax-error spec.metrics[0].provider.prometheus.query of metric 'unbalanced' is not valid PromQL: unexpected 'by' at line 1, column 48 of the query (offset 47); every measurement would error.",
      "rates.yaml:16:11 promql-syntax-error spec.metrics[1].provider.prometheus.query of metric 'multi-line' is not valid PromQL: unexpected '[5m]))' at line 2, column 53 of the query (offset 80); every measurement would error.",
      "rates.yaml:21:31 promql-syntax-error spec.metrics[2].provider.prometheus.query of metric 'cut-short' is not valid PromQL: the query ends too early at line 1, column 19 of the query (offset 18); every measurement would error.",
    ]);
  });

  it('accepts valid queries, with {{args.x}} placeholders in strings, ranges, offsets, numbers and names', () => {
    const text = template(
      '    - name: templated',
      '      successCondition: len(result) == 0 || result[0] >= 0.95',
      '      provider:',
      '        prometheus:',
      '          query: |',
      '            sum(rate({{args.metric}}{service="{{args.service}}"}[{{args.window}}] offset {{args.shift}}))',
      '            / sum(rate(requests_total{service=~"{{ args.service }}"}[{{args.minutes}}m:1m])) > {{args.threshold}}',
      '    - name: plain',
      '      successCondition: len(result) == 0 || result[0] < 0.5',
      '      provider: {prometheus: {query: "histogram_quantile(0.99, sum by (le) (rate(latency_bucket[5m])))"}}',
      '    - name: no-query',
      '      successCondition: len(result) == 0 || result[0] < 0.5',
      '      provider: {prometheus: {address: "http://prometheus:9090"}}',
    );
    expect(lintSnippet({ 'rates.yaml': text }, RULE)).toEqual([]);
  });

  it('fills placeholders with same-length values, without which templated queries would be false positives', () => {
    const query = 'rate(x{a="{{args.a}}"}[{{args.w}}]) > {{args.t}}';
    expect(withNeutralPlaceholders(query)).toBe('rate(x{a="x_________"}[000000001m]) > x_________');
    expect(firstSyntaxError(withNeutralPlaceholders(query))).toBeUndefined();
    expect(firstSyntaxError(query)).toEqual({ offset: 23, line: 1, column: 24, token: '{{' });
  });

  it('quotes the offending token as written, placeholder included', () => {
    const query = 'rate(x[5m]) {{args.metric}}';
    expect(firstSyntaxError(withNeutralPlaceholders(query), query)).toEqual({ offset: 12, line: 1, column: 13, token: '{{args.metric}}' });
  });

  itWithShared('rollouts', 'finds nothing wrong with the real templated queries of the fixtures', (fixtures) => {
    const files = ['analysistemplate.istio-success-rate.yaml', 'manifest.appmesh-prometheus-template-and-rollout.yaml'];
    const findings = files.flatMap((file) => lintSnippet({ [file]: readFileSync(path.join(fixtures, file), 'utf8') }, RULE));
    expect(findings).toEqual([]);
  });
});
