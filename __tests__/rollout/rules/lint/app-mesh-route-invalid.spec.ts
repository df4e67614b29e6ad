import { lintFindings, lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';
import { parseManifestFile } from '../../../../src/rollout/lint/read-manifests.js';

const RULE = 'app-mesh-route-invalid';

const rollout = (appMesh: string) =>
  yaml(
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Rollout',
    'metadata: {name: mysvc}',
    'spec:',
    '  template: {metadata: {labels: {app: mysvc}}}',
    '  strategy:',
    '    canary:',
    '      canaryService: mysvc-canary',
    '      stableService: mysvc',
    `      trafficRouting: {appMesh: ${appMesh}}`,
  );
const NODES = 'virtualNodeGroup: {canaryVirtualNodeRef: {name: mysvc-canary-vn}, stableVirtualNodeRef: {name: mysvc-stable-vn}}';
const ROUTED = `{virtualService: {name: mysvc}, ${NODES}}`;
const virtualService = (provider: string) => yaml('apiVersion: appmesh.k8s.aws/v1beta2', 'kind: VirtualService', 'metadata: {name: mysvc}', `spec: {awsName: mysvc.local, provider: ${provider}}`);
const ROUTER_REF = '{virtualRouter: {virtualRouterRef: {name: mysvc-vrouter}}}';
const router = (routes: string) => yaml('apiVersion: appmesh.k8s.aws/v1beta2', 'kind: VirtualRouter', 'metadata: {name: mysvc-vrouter}', `spec: {routes: ${routes}}`);
const NODE_NAMES = ['mysvc-stable-vn', 'mysvc-canary-vn', 'mysvc-other-vn'];
const targets = (count: number, names = NODE_NAMES) => `[${Array.from({ length: count }, (_, index) => `{virtualNodeRef: {name: ${names[index]}}, weight: ${index === 0 ? 100 : 0}}`).join(', ')}]`;
const route = (type: string, action: string) => `[{name: primary, ${type}: {match: {prefix: /}, action: ${action}}}]`;
const WHERE = "r.yaml:10:51 app-mesh-route-invalid App Mesh VirtualRouter 'mysvc-vrouter' (m.yaml)";

// Cases from the controller's App Mesh validation tests (the VirtualRouter's routes and targets) and its lookup of the VirtualService and its router, in our own words.
describe(RULE, () => {
  it.each(['httpRoute', 'tcpRoute', 'http2Route', 'grpcRoute'])('stays quiet on a VirtualRouter whose %s splits between two targets', (type) => {
    const files = { 'r.yaml': rollout(ROUTED), 'm.yaml': `${virtualService(ROUTER_REF)}---\n${router(route(type, `{weightedTargets: ${targets(2)}}`))}` };
    expect(lintSnippet(files, RULE)).toEqual([]);
  });

  it.each([
    ['no routes', '[]', `${WHERE} has no spec.routes; the controller needs a route to weight.`],
    ['an unsupported route kind', '[{name: primary, udpRoute: {action: {}}}]', `${WHERE}: spec.routes[0] ('primary') is none of httpRoute, tcpRoute, http2Route, grpcRoute, which the controller refuses.`],
    ['a route that is not an object', '[primary]', `${WHERE}: spec.routes[0] is none of httpRoute, tcpRoute, http2Route, grpcRoute, which the controller refuses.`],
    ['a route with no targets', route('httpRoute', '{}'), `${WHERE}: spec.routes[0] ('primary').httpRoute.action has no weightedTargets, which the controller refuses.`],
    ['a route with one target', route('httpRoute', `{weightedTargets: ${targets(1)}}`), `${WHERE}: spec.routes[0] ('primary').httpRoute.action has 1 weightedTargets; the controller needs exactly 2 (the stable and the canary virtual node).`],
    ['a route with three targets', route('grpcRoute', `{weightedTargets: ${targets(3)}}`), `${WHERE}: spec.routes[0] ('primary').grpcRoute.action has 3 weightedTargets; the controller needs exactly 2 (the stable and the canary virtual node).`],
  ])('reports a VirtualRouter with %s', (_case, routes, expected) => {
    const files = { 'r.yaml': rollout(ROUTED), 'm.yaml': `${virtualService(ROUTER_REF)}---\n${router(routes)}` };
    expect(lintSnippet(files, RULE)).toEqual([expected]);
  });

  it('reports an App Mesh VirtualService that routes to a node directly, and leaves an Istio VirtualService of the same name alone', () => {
    const istio = yaml('apiVersion: networking.istio.io/v1beta1', 'kind: VirtualService', 'metadata: {name: mysvc}', 'spec: {http: [{route: [{destination: {host: mysvc}}]}]}');
    expect(lintSnippet({ 'r.yaml': rollout(ROUTED), 'm.yaml': virtualService('{virtualNode: {virtualNodeRef: {name: mysvc-stable-vn}}}') }, RULE)).toEqual([
      "r.yaml:10:51 app-mesh-route-invalid App Mesh VirtualService 'mysvc' (m.yaml) has no spec.provider.virtualRouter.virtualRouterRef; the controller weights a VirtualRouter's routes, so it refuses a VirtualService that routes to a node directly.",
    ]);
    expect(lintSnippet({ 'r.yaml': rollout(ROUTED), 'i.yaml': istio }, RULE)).toEqual([]);
  });

  it('reports appMesh without a virtualService or without both virtual nodes', () => {
    expect(lintSnippet({ 'r.yaml': rollout(`{${NODES}}`) }, RULE)).toEqual([
      'r.yaml:10:24 app-mesh-route-invalid spec.strategy.canary.trafficRouting.appMesh has no virtualService name; the controller needs the App Mesh VirtualService whose router it weights.',
    ]);
    expect(lintSnippet({ 'r.yaml': rollout('{virtualService: {name: mysvc}, virtualNodeGroup: {stableVirtualNodeRef: {name: mysvc-stable-vn}}}') }, RULE)).toEqual([
      'r.yaml:10:24 app-mesh-route-invalid spec.strategy.canary.trafficRouting.appMesh has no virtualNodeGroup.canaryVirtualNodeRef name; the controller moves traffic between the stable and the canary virtual node and needs both.',
    ]);
  });
  it('warns (not errs) on a weighted route whose targets are not the Rollout\'s virtual nodes, and reads only the routes virtualService.routes lists', () => {
    const routes = `[{name: primary, httpRoute: {action: {weightedTargets: ${targets(2, ['mysvc-stable-vn', 'mysvc-v1'])}}}}, {name: admin, httpRoute: {action: {weightedTargets: ${targets(2, ['admin-a', 'admin-b'])}}}}]`;
    const files = (appMesh: string) => ({ 'r.yaml': rollout(appMesh), 'm.yaml': `${virtualService(ROUTER_REF)}---\n${router(routes)}` });
    expect(lintSnippet(files(ROUTED), RULE)).toEqual([
      `${WHERE}: spec.routes[0] ('primary') has no weighted target on 'mysvc-canary-vn'; the controller reweights only the Rollout's stable and canary virtual nodes, so this route's traffic never moves.`,
      `${WHERE}: spec.routes[1] ('admin') has no weighted target on 'mysvc-stable-vn' or 'mysvc-canary-vn'; the controller reweights only the Rollout's stable and canary virtual nodes, so this route's traffic never moves.`,
    ]);
    const read = Object.entries(files(ROUTED)).map(([file, text]) => parseManifestFile(text, file));
    const severities = lintFindings(read.flatMap((file) => file.manifests), RULE, read.flatMap((file) => file.objects)).map((finding) => finding.severity);
    expect(severities).toEqual(['warning', 'warning']);
    expect(lintSnippet(files(`{virtualService: {name: mysvc, routes: [admin]}, ${NODES}}`), RULE)).toEqual([
      `${WHERE}: spec.routes[1] ('admin') has no weighted target on 'mysvc-stable-vn' or 'mysvc-canary-vn'; the controller reweights only the Rollout's stable and canary virtual nodes, so this route's traffic never moves.`,
    ]);
  });
});
