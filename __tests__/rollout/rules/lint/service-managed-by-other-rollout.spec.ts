import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'service-managed-by-other-rollout';

const rollout = (name: string, strategy: string) =>
  yaml('apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', `metadata: {name: ${name}}`, 'spec:', '  template: {metadata: {labels: {app: web}}}', '  strategy:', `    ${strategy}`);
const service = (name: string, annotations = '') =>
  yaml('apiVersion: v1', 'kind: Service', `metadata: {name: ${name}${annotations ? `, annotations: ${annotations}` : ''}}`, 'spec: {selector: {app: web}}');
const managedBy = (owner: string) => `{argo-rollouts.argoproj.io/managed-by-rollouts: ${owner}}`;

// Cases from the controller's Service reference tests (a Service annotated for another Rollout; for this one; none), in our own words.
describe(RULE, () => {
  it('reports the canary Service annotated for another Rollout, and the blue-green preview Service of another file', () => {
    const files = {
      'c.yaml': rollout('web', 'canary: {canaryService: web-canary, stableService: web-stable}'),
      'b.yaml': rollout('shop', 'blueGreen: {activeService: shop-active, previewService: shop-preview}'),
      's.yaml': [service('web-canary', managedBy('api')), service('web-stable', managedBy('web')), service('shop-active'), service('shop-preview', managedBy('web'))].join('---\n'),
    };
    expect(lintSnippet(files, RULE)).toEqual([
      "b.yaml:7:45 service-managed-by-other-rollout previewService 'shop-preview' (s.yaml) is annotated argo-rollouts.argoproj.io/managed-by-rollouts: web, so the controller takes it for a Service of Rollout 'web' and refuses to manage it for 'shop'.",
      "c.yaml:7:14 service-managed-by-other-rollout canaryService 'web-canary' (s.yaml) is annotated argo-rollouts.argoproj.io/managed-by-rollouts: api, so the controller takes it for a Service of Rollout 'api' and refuses to manage it for 'web'.",
    ]);
  });

  it('stays quiet on a Service annotated for this Rollout, one without the annotation, and one the files do not define', () => {
    const files = {
      'c.yaml': rollout('web', 'canary: {canaryService: web-canary, stableService: web-stable, pingPong: {pingService: ping, pongService: pong}}'),
      's.yaml': [service('web-canary', managedBy('web')), service('web-stable', '{team: shop}'), service('ping')].join('---\n'),
    };
    expect(lintSnippet(files, RULE)).toEqual([]);
  });
});
