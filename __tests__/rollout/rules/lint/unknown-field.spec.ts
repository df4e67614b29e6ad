import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'unknown-field';

// Cases from the kubectl plugin's strict decoding fixture (an unknown strategy key) and typical misspellings.
describe(RULE, () => {
  it('reports unknown fields at any depth, with the closest known name, through lists and maps', () => {
    const text = yaml(
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Rollout',
      'metadata: {name: web, labels: {anything: goes}}',
      'spec:',
      '  progresDeadlineAbort: true', //                   5
      '  template: {metadata: {labels: {app: web}}, spec: {containers: [{name: web, image: web, imagePullPolicy: Always, imagePolicy: x}]}}',
      '  strategy:',
      '    unknown-strategy: {}',
      '    canary:',
      '      Steps: [{setWeight: 10}]', //                     10
      '      trafficRouting: {plugins: {any/plugin: {whatever: 1}}}',
      'statuss: {}',
    );
    expect(lintSnippet({ 'r.yaml': text }, RULE)).toEqual([
      "r.yaml:5:3 unknown-field spec.progresDeadlineAbort is not a field of spec; did you mean 'progressDeadlineAbort'? The API server drops it, so whatever it was meant to set keeps its default.",
      "r.yaml:6:115 unknown-field spec.template.spec.containers[0].imagePolicy is not a field of spec.template.spec.containers[0]. The API server drops it, so whatever it was meant to set keeps its default.",
      'r.yaml:8:5 unknown-field spec.strategy.unknown-strategy is not a field of spec.strategy. The API server drops it, so whatever it was meant to set keeps its default.',
      "r.yaml:10:7 unknown-field spec.strategy.canary.Steps is not a field of spec.strategy.canary; did you mean 'steps'? The API server drops it, so whatever it was meant to set keeps its default.",
      "r.yaml:12:1 unknown-field statuss is not a field of the top level; did you mean 'status'? The API server drops it, so whatever it was meant to set keeps its default.",
    ]);
  });

  it('checks templates too, and stays quiet on a template with only known fields', () => {
    const template = (metric: string) => yaml('apiVersion: argoproj.io/v1alpha1', 'kind: AnalysisTemplate', 'metadata: {name: t}', 'spec:', '  args: [{name: host}]', `  metrics: [${metric}]`);
    expect(lintSnippet({ 'ok.yaml': template('{name: m, interval: 1m, count: 3, successCondition: "result[0] > 1", provider: {prometheus: {address: "http://p", query: "up"}}}') }, RULE)).toEqual([]);
    expect(lintSnippet({ 't.yaml': template('{name: m, failureLimt: 1, provider: {prometheus: {query: up}}}') }, RULE)).toEqual([
      "t.yaml:6:23 unknown-field spec.metrics[0].failureLimt is not a field of spec.metrics[0]; did you mean 'failureLimit'? The API server drops it, so whatever it was meant to set keeps its default.",
    ]);
  });

  it('reads a pod template\'s metadata as a full ObjectMeta, as the controller does: a dumped creationTimestamp is known, a misspelt key is not', () => {
    const text = yaml(
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Rollout',
      'metadata: {name: web}',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {creationTimestamp: null, labels: {app: web}, lables: {x: y}}',
      '    spec: {containers: [{name: web, image: web}]}',
    );
    expect(lintSnippet({ 'r.yaml': text }, RULE)).toEqual([
      "r.yaml:7:61 unknown-field spec.template.metadata.lables is not a field of spec.template.metadata; did you mean 'labels'? The API server drops it, so whatever it was meant to set keeps its default.",
    ]);
  });
});

// Flagger's kinds against Flagger's published CRD schema (the podinfo canary of its docs, and misspellings of it).
describe(`${RULE} (Flagger)`, () => {
  const canary = (analysis: string, service = '{port: 9898, targetPort: 9898, gateways: [public-gateway], hosts: [app.example.com]}') =>
    yaml(
      'apiVersion: flagger.app/v1beta1',
      'kind: Canary',
      'metadata: {name: podinfo, namespace: test}',
      'spec:',
      '  targetRef: {apiVersion: apps/v1, kind: Deployment, name: podinfo}',
      '  progressDeadlineSeconds: 60',
      `  service: ${service}`,
      `  analysis: ${analysis}`,
    );

  it('stays quiet on a Canary and a MetricTemplate with only known fields, free-form webhook metadata included', () => {
    const analysis =
      '{interval: 1m, threshold: 5, maxWeight: 50, stepWeight: 10, metrics: [{name: request-success-rate, thresholdRange: {min: 99}, interval: 1m}, {name: latency, templateRef: {name: latency, namespace: istio-system}, thresholdRange: {max: 500}}], webhooks: [{name: load-test, url: "http://flagger-loadtester.test/", timeout: 5s, metadata: {cmd: "hey -z 1m http://podinfo-canary.test:9898/", anything: goes}}]}';
    const template = yaml('apiVersion: flagger.app/v1beta1', 'kind: MetricTemplate', 'metadata: {name: latency}', 'spec:', '  provider: {type: prometheus, address: "http://prometheus:9090"}', '  query: histogram_quantile(0.99, sum(rate(x[{{ interval }}])) by (le))');
    expect(lintSnippet({ 'c.yaml': canary(analysis), 't.yaml': template }, RULE)).toEqual([]);
  });

  it('reports a misspelt analysis, service and metric field of a Canary, and a MetricTemplate provider field, with the closest name', () => {
    const analysis = '{interval: 1m, treshold: 5, metrics: [{name: request-success-rate, thresholdrange: {min: 99}}]}';
    const template = yaml('apiVersion: flagger.app/v1beta1', 'kind: MetricTemplate', 'metadata: {name: latency}', 'spec:', '  provider: {type: prometheus, adress: "http://prometheus:9090"}', '  query: up');
    expect(lintSnippet({ 'c.yaml': canary(analysis, '{port: 9898, portName: http, targetport: 9898}'), 't.yaml': template }, RULE)).toEqual([
      "c.yaml:7:41 unknown-field spec.service.targetport is not a field of spec.service; did you mean 'targetPort'? The API server drops it, so whatever it was meant to set keeps its default.",
      "c.yaml:8:28 unknown-field spec.analysis.treshold is not a field of spec.analysis; did you mean 'threshold'? The API server drops it, so whatever it was meant to set keeps its default.",
      "c.yaml:8:80 unknown-field spec.analysis.metrics[0].thresholdrange is not a field of spec.analysis.metrics[0]; did you mean 'thresholdRange'? The API server drops it, so whatever it was meant to set keeps its default.",
      "t.yaml:5:32 unknown-field spec.provider.adress is not a field of spec.provider; did you mean 'address'? The API server drops it, so whatever it was meant to set keeps its default.",
    ]);
  });
});
