import { lintFindings, lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';
import { parseManifests } from '../../../../src/rollout/lint/read-manifests.js';

const RULE = 'prometheus-metric-misuse';

const text = yaml(
  'apiVersion: argoproj.io/v1alpha1',
  'kind: AnalysisTemplate',
  'metadata: {name: prom}',
  'spec:',
  '  metrics:', //                                                                        5
  '    - name: no-query',
  '      successCondition: len(result) == 0 || result[0] > 0.9',
  '      provider:',
  '        prometheus: {address: http://prometheus:9090}',
  '    - name: bare', //                                                                   10
  '      successCondition: result >= 0.95',
  '      failureCondition: 0.5 > result',
  '      provider: {prometheus: {query: up}}',
  '    - name: indexed',
  '      successCondition: len(result) == 0 || result[0] >= 0.95', //                      15
  '      failureCondition: isNaN(result[0])',
  '      provider: {prometheus: {query: up}}',
  '    - name: web-bare',
  '      successCondition: result == true',
  '      provider: {web: {url: http://x}}', //                                               20
);

describe(RULE, () => {
  it('reports a missing query and bare result comparisons; indexed results and other providers pass', () => {
    expect(lintSnippet({ 'prom.yaml': text }, RULE)).toEqual([
      "prom.yaml:9:9 prometheus-metric-misuse spec.metrics[0].provider.prometheus of metric 'no-query' has no query: every measurement errors, and the AnalysisRun ends in Error.",
      "prom.yaml:11:7 prometheus-metric-misuse spec.metrics[1].successCondition is 'result >= 0.95': it compares result itself, but a Prometheus vector result is an array; compare result[0].",
      "prom.yaml:12:7 prometheus-metric-misuse spec.metrics[1].failureCondition is '0.5 > result': it compares result itself, but a Prometheus vector result is an array; compare result[0].",
    ]);
  });

  it('reports the missing query as an error and the bare comparison as a warning', () => {
    const findings = lintFindings(parseManifests(text, 'prom.yaml'), RULE);
    expect(findings.map((finding) => [finding.line, finding.severity])).toEqual([
      [9, 'error'],
      [11, 'warning'],
      [12, 'warning'],
    ]);
  });
});
