import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'flagger-metric-invalid';
const canary = (...metrics: string[]) =>
  yaml('apiVersion: flagger.app/v1beta1', 'kind: Canary', 'metadata: {name: podinfo, namespace: test}', 'spec:', '  analysis:', '    metrics:', ...metrics.map((line) => `      ${line}`));
const template = (name: string, namespace: string) => yaml('apiVersion: flagger.app/v1beta1', 'kind: MetricTemplate', `metadata: {name: ${name}, namespace: ${namespace}}`, 'spec: {provider: {type: prometheus}, query: up}');

// Cases from how Flagger's scheduler reads metrics (built-ins, templateRef in the Canary's or the given namespace), in our own words.
describe(RULE, () => {
  it('stays quiet on built-ins and on templates found in the Canary namespace or the one named', () => {
    const text = canary(
      '- {name: request-success-rate, interval: 1m, thresholdRange: {min: 99}}',
      '- {name: request-duration, interval: 30s, threshold: 500}',
      '- {name: latency, templateRef: {name: latency}, thresholdRange: {max: 500}}',
      '- {name: errors, templateRef: {name: errors, namespace: flagger}, thresholdRange: {max: 1}}',
    );
    expect(lintSnippet({ 'c.yaml': text, 't.yaml': `${template('latency', 'test')}---\n${template('errors', 'flagger')}` }, RULE)).toEqual([]);
  });

  it('reports a metric with nothing to measure, a bad interval, no threshold, and a template no file defines', () => {
    const text = canary('- {name: custom, interval: 1 min, thresholdRange: {min: 1}}', '- {name: latency, templateRef: {name: latency}}');
    expect(lintSnippet({ 'c.yaml': text, 't.yaml': template('latency', 'other') }, RULE)).toEqual([
      "c.yaml:7:9 flagger-metric-invalid spec.analysis.metrics[0] ('custom') is neither a built-in metric (request-success-rate, request-duration) nor has a templateRef or a query: Flagger has nothing to measure.",
      'c.yaml:7:24 flagger-metric-invalid spec.analysis.metrics[0].interval is "1 min", not a Go duration (30s, 1m, 2m30s).',
      "c.yaml:8:9 flagger-metric-invalid spec.analysis.metrics[1] ('latency') has no thresholdRange min or max (nor the older threshold): every value passes, so it checks nothing.",
      "c.yaml:8:39 flagger-metric-invalid spec.analysis.metrics[1].templateRef.name is 'latency', but no MetricTemplate of that name is among the linted manifests; only the cluster can tell whether it exists there.",
    ]);
  });
});
