import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'virtual-service-route-invalid';

const rollout = (...istio: string[]) =>
  yaml(
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Rollout',
    'metadata: {name: web}',
    'spec:',
    '  strategy:',
    '    canary:',
    '      canaryService: web-canary',
    '      stableService: web-stable',
    '      trafficRouting:',
    '        istio:', // 10
    ...istio.map((line) => `          ${line}`),
  );
const virtualService = (...http: string[]) => yaml('apiVersion: networking.istio.io/v1beta1', 'kind: VirtualService', 'metadata: {name: vs}', 'spec:', '  hosts: [web]', '  http:', ...http.map((line) => `    ${line}`));
const BOTH = 'route: [{destination: {host: web-stable}, weight: 100}, {destination: {host: web-canary.shop.svc.cluster.local}, weight: 0}]';

// Cases from the controller's VirtualService validation (named routes, a single unnamed route, both destinations, subsets), in our own words.
describe(RULE, () => {
  it.each([
    ['a named route with both Services', ['virtualService: {name: vs, routes: [primary]}'], [`- {name: primary, ${BOTH}}`]],
    ['one unnamed route and no route names', ['virtualService: {name: vs}'], [`- {${BOTH}}`]],
    ['subset routing with both subsets', ['virtualService: {name: vs}', 'destinationRule: {name: dr, canarySubsetName: canary, stableSubsetName: stable}'], ['- {route: [{destination: {host: web, subset: stable}}, {destination: {host: web, subset: canary}}]}']],
  ])('stays quiet on %s', (_, istio, http) => {
    expect(lintSnippet({ 'r.yaml': rollout(...istio), 'vs.yaml': virtualService(...http) }, RULE)).toEqual([]);
  });

  it('reports a route name the VirtualService lacks, and a route missing a destination', () => {
    expect(lintSnippet({ 'r.yaml': rollout('virtualService: {name: vs, routes: [primary, secondary]}'), 'vs.yaml': virtualService(`- {name: primary, route: [{destination: {host: web-stable}}]}`) }, RULE)).toEqual([
      "r.yaml:11:28 virtual-service-route-invalid VirtualService 'vs' (vs.yaml): HTTP route 'primary' has no destination for the canary Service 'web-canary'; the controller needs both the canary and the stable destination to set their weights.",
      "r.yaml:11:38 virtual-service-route-invalid spec.strategy.canary.trafficRouting.istio.virtualService.routes names 'secondary', but VirtualService 'vs' (vs.yaml) has no HTTP route of that name (primary).",
    ]);
  });

  it('reports several named routes with none chosen, and a subset missing from the route', () => {
    expect(lintSnippet({ 'r.yaml': rollout('virtualService: {name: vs}'), 'vs.yaml': virtualService(`- {name: a, ${BOTH}}`, `- {name: b, ${BOTH}}`) }, RULE)).toEqual([
      "r.yaml:11:28 virtual-service-route-invalid VirtualService 'vs' (vs.yaml) has 2 HTTP routes, all named, and spec.strategy.canary.trafficRouting.istio.virtualService.routes names none: the controller cannot tell which to weight.",
    ]);
    const subsets = rollout('virtualService: {name: vs}', 'destinationRule: {name: dr, canarySubsetName: canary, stableSubsetName: stable}');
    expect(lintSnippet({ 'r.yaml': subsets, 'vs.yaml': virtualService('- {route: [{destination: {host: web, subset: stable}}]}') }, RULE)).toEqual([
      "r.yaml:11:28 virtual-service-route-invalid VirtualService 'vs' (vs.yaml): HTTP route (unnamed) has no destination for subset 'canary'; the controller needs both the canary and the stable destination to set their weights.",
    ]);
  });
});
