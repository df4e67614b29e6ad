import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'ping-pong-invalid';

function rollout(...canary: string[]): string {
  return yaml('apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', 'metadata: {name: web}', 'spec:', '  strategy:', '    canary:', ...canary.map((line) => `      ${line}`));
}
const lint = (...canary: string[]) => lintSnippet({ 'r.yaml': rollout(...canary) }, RULE).map((line) => line.replace(/^r\.yaml:/, ''));

// Cases written from the controller's ping-pong validation tests, in our own words.
describe(RULE, () => {
  it.each([
    ['ALB with its root Service', 'trafficRouting: {alb: {ingress: web, rootService: root, servicePort: 80}}'],
    ['Istio', 'trafficRouting: {istio: {virtualService: {name: vs}}}'],
    ['a plugin router', 'trafficRouting: {plugins: {example/router: {}}}'],
  ])('stays quiet on ping-pong with %s', (_, routing) => {
    expect(lint('pingPong: {pingService: ping, pongService: pong}', routing)).toEqual([]);
  });

  it('reports one Service for both, a missing one, ALB without rootService, and a router that cannot swap', () => {
    expect(lint('pingPong: {pingService: same, pongService: same}', 'trafficRouting: {alb: {ingress: web, servicePort: 80}}')).toEqual([
      "7:18 ping-pong-invalid spec.strategy.canary.pingPong.pingService and pongService are both 'same'; ping-pong needs two different Services.",
      '8:24 ping-pong-invalid spec.strategy.canary.trafficRouting.alb has no rootService; ALB ping-pong needs the Service its Ingress names.',
    ]);
    expect(lint('pingPong: {pingService: ping}', 'trafficRouting: {nginx: {stableIngress: web}}')).toEqual([
      '7:7 ping-pong-invalid spec.strategy.canary.pingPong.pongService is not set; ping-pong needs two Services.',
      '8:7 ping-pong-invalid spec.strategy.canary.pingPong only works with the ALB or Istio traffic router or a plugin; this trafficRouting has none of them.',
    ]);
  });
});
