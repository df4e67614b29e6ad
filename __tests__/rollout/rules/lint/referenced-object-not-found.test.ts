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
});
