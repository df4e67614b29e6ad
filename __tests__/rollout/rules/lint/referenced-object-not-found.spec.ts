import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'referenced-object-not-found';

describe(RULE, () => {
  it('reports the Services, Ingresses, VirtualServices and DestinationRules no linted file defines, and finds the rest in any file', () => {
    const rollout = yaml(
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Rollout',
      'metadata: {name: web}',
      'spec:',
      '  strategy:',
      '    canary:',
      '      canaryService: web-canary',
      '      stableService: web-stable',
      '      trafficRouting:',
      '        nginx: {stableIngress: web}', // 10
      '        istio: {virtualService: {name: vs.mesh}, destinationRule: {name: dr}}',
    );
    const others = yaml(
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: web-canary}',
      '---',
      'apiVersion: networking.k8s.io/v1',
      'kind: Ingress',
      'metadata: {name: web}',
      '---',
      'apiVersion: networking.istio.io/v1beta1',
      'kind: VirtualService',
      'metadata: {name: vs, namespace: mesh}',
      '---',
      'apiVersion: networking.istio.io/v1beta1',
      'kind: Service', // an Istio kind named Service is no Kubernetes Service
      'metadata: {name: web-stable}',
    );
    expect(lintSnippet({ 'r.yaml': rollout, 'k8s/other.yaml': others }, RULE)).toEqual([
      "r.yaml:8:7 referenced-object-not-found spec.strategy.canary.stableService names the Service 'web-stable', which no linted file defines; only the cluster can tell whether it exists, and its checks against the Rollout did not run.",
      "r.yaml:11:68 referenced-object-not-found spec.strategy.canary.trafficRouting.istio.destinationRule.name names the DestinationRule 'dr', which no linted file defines; only the cluster can tell whether it exists, and its checks against the Rollout did not run.",
    ]);
  });
  it('reports the Ambassador Mappings, App Mesh VirtualService, VirtualNodes and VirtualRouter no linted file defines; a dotted App Mesh name is a name, not name.namespace', () => {
    const rollout = (routing: string) =>
      yaml('apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', 'metadata: {name: web, namespace: shop}', 'spec:', '  strategy:', '    canary:', '      canaryService: web-canary', '      stableService: web', `      trafficRouting: ${routing}`);
    const appMesh = '{appMesh: {virtualService: {name: web.shop.svc.cluster.local}, virtualNodeGroup: {canaryVirtualNodeRef: {name: web-canary}, stableVirtualNodeRef: {name: web-stable}}}}';
    const services = yaml('apiVersion: v1', 'kind: Service', 'metadata: {name: web-canary}', '---', 'apiVersion: v1', 'kind: Service', 'metadata: {name: web}');
    const mesh = yaml(
      'apiVersion: appmesh.k8s.aws/v1beta2',
      'kind: VirtualService',
      'metadata: {name: web.shop.svc.cluster.local, namespace: shop}',
      'spec: {provider: {virtualRouter: {virtualRouterRef: {name: web-router, namespace: mesh}}}}',
      '---',
      'apiVersion: appmesh.k8s.aws/v1beta2',
      'kind: VirtualNode',
      'metadata: {name: web-stable}',
      '---',
      'apiVersion: appmesh.k8s.aws/v1beta2',
      'kind: VirtualRouter',
      'metadata: {name: web-router, namespace: shop}', // the ref names namespace mesh: not this one
      '---',
      'apiVersion: getambassador.io/v2',
      'kind: Mapping',
      'metadata: {name: web-mapping}',
    );
    expect(lintSnippet({ 'r.yaml': rollout(appMesh), 's.yaml': services, 'm.yaml': mesh }, RULE)).toEqual([
      "r.yaml:9:51 referenced-object-not-found spec.strategy.canary.trafficRouting.appMesh.virtualService.name names the App Mesh VirtualService 'web.shop.svc.cluster.local' (m.yaml), which routes through the VirtualRouter 'web-router' that no linted file defines; only the cluster can tell whether it exists, and its checks did not run.",
      "r.yaml:9:128 referenced-object-not-found spec.strategy.canary.trafficRouting.appMesh.virtualNodeGroup.canaryVirtualNodeRef.name names the App Mesh VirtualNode 'web-canary', which no linted file defines; only the cluster can tell whether it exists, and its checks against the Rollout did not run.",
    ]);
    expect(lintSnippet({ 'r.yaml': rollout('{ambassador: {mappings: [web-mapping, web-admin]}}'), 's.yaml': services, 'm.yaml': mesh }, RULE)).toEqual([
      "r.yaml:9:61 referenced-object-not-found spec.strategy.canary.trafficRouting.ambassador.mappings[1] names the Ambassador Mapping 'web-admin', which no linted file defines; only the cluster can tell whether it exists, and its checks against the Rollout did not run.",
    ]);
  });
});
