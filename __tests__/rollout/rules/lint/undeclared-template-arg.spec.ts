import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'undeclared-template-arg';

describe(RULE, () => {
  it('reports placeholders for undeclared args wherever they sit in a metric, not declared ones', () => {
    const text = yaml(
      'apiVersion: argoproj.io/v1alpha1',
      'kind: AnalysisTemplate',
      'metadata: {name: rates}',
      'spec:',
      '  args: [{name: service}]', //                                                          5
      '  metrics:',
      '    - name: rate',
      '      provider:',
      '        prometheus:',
      "          address: '{{ args.prometheus-url }}'", //                                        10
      '          query: sum(rate(requests{service="{{args.service}}",hash="{{args.hash}}"}[5m]))',
      '    - name: smoke',
      '      provider:',
      '        job: {spec: {template: {spec: {containers: [{name: c, args: ["{{args.service}}"]}]}}}}',
    );
    expect(lintSnippet({ 'rates.yaml': text }, RULE)).toEqual([
      "rates.yaml:10:11 undeclared-template-arg spec.metrics[0].provider.prometheus.address uses {{args.prometheus-url}}, which spec.args of AnalysisTemplate 'rates' does not declare (declared: service).",
      "rates.yaml:11:11 undeclared-template-arg spec.metrics[0].provider.prometheus.query uses {{args.hash}}, which spec.args of AnalysisTemplate 'rates' does not declare (declared: service).",
    ]);
  });

  it('says when the template declares no args at all', () => {
    const text = yaml('apiVersion: argoproj.io/v1alpha1', 'kind: AnalysisTemplate', 'metadata: {name: bare}', 'spec:', '  metrics:', "    - {name: m, provider: {web: {url: 'http://{{args.host}}/health'}}}");
    expect(lintSnippet({ 'bare.yaml': text }, RULE)).toEqual([
      "bare.yaml:6:34 undeclared-template-arg spec.metrics[0].provider.web.url uses {{args.host}}, which spec.args of AnalysisTemplate 'bare' does not declare (it declares none).",
    ]);
  });
});
