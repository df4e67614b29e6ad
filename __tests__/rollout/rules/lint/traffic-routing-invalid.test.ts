import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'traffic-routing-invalid';

function rollout(name: string, ...canary: string[]): string {
  return yaml('apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', `metadata: {name: ${name}}`, 'spec:', '  strategy:', '    canary:', ...canary);
}

describe(RULE, () => {
  it('passes routed canaries with two services and routing steps', () => {
    const text = rollout('ok', '      canaryService: web-canary', '      stableService: web', '      trafficRouting: {istio: {virtualService: {name: web}}}', '      dynamicStableScale: true', '      steps: [{setCanaryScale: {weight: 10}}, {setHeaderRoute: {name: h}}]');
    expect(lintSnippet({ 'ok.yaml': text }, RULE)).toEqual([]);
  });

  it('reports equal services and trafficRouting with a service missing', () => {
    const text = rollout('routed', '      canaryService: web', '      stableService: web', '---', 'apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', 'metadata: {name: half}', 'spec:', '  strategy:', '    canary:', '      stableService: web', '      trafficRouting: {nginx: {stableIngress: web}}');
    expect(lintSnippet({ 'r.yaml': text }, RULE)).toEqual([
      "r.yaml:8:7 traffic-routing-invalid spec.strategy.canary.stableService and canaryService are both 'web'; they must name different Services.",
      'r.yaml:17:7 traffic-routing-invalid spec.strategy.canary.trafficRouting is set but canaryService is not; traffic routing needs both Services.',
    ]);
  });

  it('reports routing steps and dynamicStableScale without trafficRouting', () => {
    const text = rollout('plain', '      dynamicStableScale: true', '      steps:', '        - setWeight: 10', '        - setMirrorRoute: {name: m}', '        - setHeaderRoute: {name: h}');
    expect(lintSnippet({ 'p.yaml': text }, RULE)).toEqual([
      'p.yaml:7:7 traffic-routing-invalid spec.strategy.canary.dynamicStableScale is true without trafficRouting; it only works with traffic routing.',
      'p.yaml:10:11 traffic-routing-invalid spec.strategy.canary.steps[1].setMirrorRoute needs spec.strategy.canary.trafficRouting, which is not set.',
      'p.yaml:11:11 traffic-routing-invalid spec.strategy.canary.steps[2].setHeaderRoute needs spec.strategy.canary.trafficRouting, which is not set.',
    ]);
  });
});
