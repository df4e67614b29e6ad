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

// Cases from the controller's TLS and TCP route validation (port and SNI hosts matching, a single route when none is listed), in our own words.
describe(`${RULE}: TLS and TCP routes`, () => {
  const layer4 = (kind: string, ...routes: string[]) => yaml('apiVersion: networking.istio.io/v1beta1', 'kind: VirtualService', 'metadata: {name: vs}', 'spec:', '  hosts: [web]', `  ${kind}:`, ...routes.map((line) => `    ${line}`));
  const TLS_BOTH = 'route: [{destination: {host: web-stable}}, {destination: {host: web-canary}}]';

  it.each([
    ['a TLS route matched by port and SNI hosts in another order', 'virtualService: {name: vs, tlsRoutes: [{port: 443, sniHosts: [b.example, a.example]}]}', 'tls', [`- {match: [{port: 443, sniHosts: [a.example, b.example]}], ${TLS_BOTH}}`]],
    ['a single TLS route and none listed', 'virtualService: {name: vs}', 'tls', [`- {match: [{port: 443, sniHosts: [a.example]}], ${TLS_BOTH}}`]],
    ['a TCP route matched by port', 'virtualService: {name: vs, tcpRoutes: [{port: 3306}]}', 'tcp', [`- {match: [{port: 3306}], ${TLS_BOTH}}`, '- {match: [{port: 5432}], route: [{destination: {host: other}}]}']],
  ])('stays quiet on %s', (_, istio, kind, routes) => {
    expect(lintSnippet({ 'r.yaml': rollout(istio), 'vs.yaml': layer4(kind, ...routes) }, RULE)).toEqual([]);
  });

  it('reports a TLS entry that matches no route (other SNI hosts, or a route naming two ports), and a matched route missing a destination', () => {
    expect(
      lintSnippet(
        {
          'r.yaml': rollout('virtualService: {name: vs, tlsRoutes: [{port: 443, sniHosts: [a.example]}, {port: 8443}]}'),
          'vs.yaml': layer4('tls', '- {match: [{port: 443, sniHosts: [a.example, b.example]}], route: []}', '- {match: [{port: 8443}, {port: 9443}], route: []}'),
        },
        RULE,
      ),
    ).toEqual([
      "r.yaml:11:50 virtual-service-route-invalid spec.strategy.canary.trafficRouting.istio.virtualService.tlsRoutes[0] (port 443, sniHosts a.example) matches no TLS route of VirtualService 'vs' (vs.yaml).",
      "r.yaml:11:86 virtual-service-route-invalid spec.strategy.canary.trafficRouting.istio.virtualService.tlsRoutes[1] (port 8443) matches no TLS route of VirtualService 'vs' (vs.yaml).",
    ]);
    expect(lintSnippet({ 'r.yaml': rollout('virtualService: {name: vs, tcpRoutes: [{port: 3306}]}'), 'vs.yaml': layer4('tcp', '- {match: [{port: 3306}], route: [{destination: {host: web-stable}}]}') }, RULE)).toEqual([
      "r.yaml:11:28 virtual-service-route-invalid VirtualService 'vs' (vs.yaml): TCP route 0 has no destination for the canary Service 'web-canary'; the controller needs both the canary and the stable destination to set their weights.",
    ]);
  });

  it('reports several TCP routes with none listed, and a VirtualService with no routes at all', () => {
    expect(lintSnippet({ 'r.yaml': rollout('virtualService: {name: vs}'), 'vs.yaml': layer4('tcp', `- {match: [{port: 1}], ${TLS_BOTH}}`, `- {match: [{port: 2}], ${TLS_BOTH}}`) }, RULE)).toEqual([
      "r.yaml:11:28 virtual-service-route-invalid VirtualService 'vs' (vs.yaml) has 2 TCP routes and spec.strategy.canary.trafficRouting.istio.virtualService.tcpRoutes lists none: the controller weights a single TCP route only when none is listed.",
    ]);
    expect(lintSnippet({ 'r.yaml': rollout('virtualService: {name: vs}'), 'vs.yaml': yaml('apiVersion: networking.istio.io/v1beta1', 'kind: VirtualService', 'metadata: {name: vs}', 'spec: {hosts: [web]}') }, RULE)).toEqual([
      "r.yaml:11:28 virtual-service-route-invalid VirtualService 'vs' (vs.yaml) has no HTTP, TLS or TCP routes: the controller has no route to set the canary's weight in.",
    ]);
  });
});
