import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'service-selector-mismatch';

const rollout = (strategy: string, labels = '{app: web}', namespace = '') =>
  yaml(
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Rollout',
    `metadata: {name: web${namespace}}`,
    'spec:',
    `  template: {metadata: {labels: ${labels}}}`,
    '  strategy:',
    `    ${strategy}`,
  );
const service = (name: string, selector: string, namespace = '') => yaml('apiVersion: v1', 'kind: Service', `metadata: {name: ${name}${namespace}}`, `spec: {selector: ${selector}}`);

// Cases from the kubectl plugin's lint fixtures (service labels, ping-pong, SMI) and the controller's reference tests, in our own words.
describe(RULE, () => {
  it('reports the canary and ping Services whose selector the pods do not match, from another file too', () => {
    const files = {
      'r.yaml': rollout('canary: {canaryService: web-canary, stableService: web-stable, pingPong: {pingService: ping, pongService: pong}}'),
      's.yaml': `${service('web-canary', '{app: api}')}---\n${service('web-stable', `{app: web, rollouts-pod-template-hash: abc}`)}---\n${service('ping', '{app: web, tier: front}')}---\n${service('pong', '{app: web}')}`,
    };
    expect(lintSnippet(files, RULE)).toEqual([
      "r.yaml:7:14 service-selector-mismatch canaryService 'web-canary' (s.yaml) selects app=api, but the Rollout's pod template labels app=web: the controller refuses a Service that selects none of its pods.",
      "r.yaml:7:79 service-selector-mismatch pingService 'ping' (s.yaml) selects tier=front, but the Rollout's pod template has no label tier: the controller refuses a Service that selects none of its pods.",
    ]);
  });

  it('checks the blue-green Services, and the Service of the same namespace only', () => {
    const files = {
      'r.yaml': rollout('blueGreen: {activeService: active, previewService: preview}', '{app: web}', ', namespace: shop'),
      's.yaml': `${service('active', '{app: other}', ', namespace: billing')}---\n${service('preview', '{app: other}', ', namespace: shop')}`,
    };
    expect(lintSnippet(files, RULE)).toEqual([
      "r.yaml:7:40 service-selector-mismatch previewService 'preview' (s.yaml) selects app=other, but the Rollout's pod template labels app=web: the controller refuses a Service that selects none of its pods.",
    ]);
  });

  it('stays quiet on a workloadRef Rollout, whose labels come from the workload', () => {
    const text = yaml('apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', 'metadata: {name: web}', 'spec:', '  workloadRef: {apiVersion: apps/v1, kind: Deployment, name: web}', '  strategy: {blueGreen: {activeService: active}}');
    expect(lintSnippet({ 'r.yaml': text, 's.yaml': service('active', '{app: x}') }, RULE)).toEqual([]);
  });
});
