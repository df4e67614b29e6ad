import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'ingress-backend-missing';

const rollout = (routing: string) =>
  yaml('apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', 'metadata: {name: web}', 'spec:', '  strategy:', '    canary:', '      canaryService: web-canary', '      stableService: web-stable', `      trafficRouting: ${routing}`);
const ingress = (name: string, backend: string) =>
  yaml('apiVersion: networking.k8s.io/v1', 'kind: Ingress', `metadata: {name: ${name}}`, 'spec:', `  rules: [{http: {paths: [{path: /, pathType: Prefix, backend: ${backend}}]}}]`);

// Cases from the controller's Ingress validation (the stable Service, or ALB's rootService, as a rule's backend), in our own words.
describe(RULE, () => {
  it.each([
    ['an NGINX Ingress on the stable Service', '{nginx: {stableIngress: web}}', ingress('web', '{service: {name: web-stable, port: {number: 80}}}')],
    ['an ALB Ingress on the rootService', '{alb: {ingress: web, rootService: web-root, servicePort: 80}}', ingress('web', '{service: {name: web-root, port: {number: 80}}}')],
    ['an older Ingress with serviceName', '{nginx: {stableIngress: web}}', ingress('web', '{serviceName: web-stable, servicePort: 80}')],
    ['an Ingress not among the files', '{nginx: {stableIngress: elsewhere}}', ingress('web', '{service: {name: other}}')],
  ])('stays quiet on %s', (_, routing, other) => {
    expect(lintSnippet({ 'r.yaml': rollout(routing), 'i.yaml': other }, RULE)).toEqual([]);
  });

  it('reports an NGINX Ingress of the list without the stable Service, and an ALB Ingress without the rootService', () => {
    expect(lintSnippet({ 'r.yaml': rollout('{nginx: {stableIngresses: [a, b]}}'), 'i.yaml': `${ingress('a', '{service: {name: web-stable}}')}---\n${ingress('b', '{service: {name: web-canary}}')}` }, RULE)).toEqual([
      "r.yaml:9:53 ingress-backend-missing spec.strategy.canary.trafficRouting.nginx.stableIngresses[1] names Ingress 'b' (i.yaml), which has no rule with a backend on Service 'web-stable'; the controller needs one to route the canary.",
    ]);
    expect(lintSnippet({ 'r.yaml': rollout('{alb: {ingress: web, rootService: web-root, servicePort: 80}}'), 'i.yaml': ingress('web', '{service: {name: web-stable}}') }, RULE)).toEqual([
      "r.yaml:9:30 ingress-backend-missing spec.strategy.canary.trafficRouting.alb.ingress names Ingress 'web' (i.yaml), which has no rule with a backend on Service 'web-root'; the controller needs one to route the canary.",
    ]);
  });
});
