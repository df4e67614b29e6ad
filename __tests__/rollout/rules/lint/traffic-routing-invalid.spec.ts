import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'traffic-routing-invalid';

/** A Rollout whose canary block is the given lines (indented under `canary:`, line 7 onwards). */
function rollout(...canary: string[]): string {
  return yaml('apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', 'metadata: {name: web}', 'spec:', '  strategy:', '    canary:', ...canary.map((line) => `      ${line}`));
}
const lint = (...canary: string[]) => lintSnippet({ 'r.yaml': rollout(...canary) }, RULE).map((line) => line.replace(/^r\.yaml:/, ''));
const SERVICES = ['canaryService: web-canary', 'stableService: web-stable'];

// Cases written from the controller's validation tests (valid and invalid canary strategies), in our own words.
describe(RULE, () => {
  it.each([
    ['Istio with a destinationRule (subset routing)', ['trafficRouting: {istio: {virtualService: {name: vs}, destinationRule: {name: dr, canarySubsetName: c, stableSubsetName: s}}}']],
    ['Istio with ping-pong', ['pingPong: {pingService: ping, pongService: pong}', 'trafficRouting: {istio: {virtualService: {name: vs}}}']],
    ['ALB with ping-pong', ['pingPong: {pingService: ping, pongService: pong}', 'trafficRouting: {alb: {ingress: web, rootService: root, servicePort: 80}}']],
    ['a plugin router', ['trafficRouting: {plugins: {argoproj-labs/gatewayAPI: {httpRoute: web}}}']],
    ['two services with Istio, routing steps and managed routes', [...SERVICES, 'dynamicStableScale: true', 'trafficRouting: {istio: {virtualService: {name: vs}}, managedRoutes: [{name: h}, {name: m}]}', 'steps: [{setCanaryScale: {weight: 10}}, {setHeaderRoute: {name: h}}, {setMirrorRoute: {name: m}}]']],
    ['maxTrafficWeight with nginx', [...SERVICES, 'trafficRouting: {nginx: {stableIngress: web}, maxTrafficWeight: 1000}']],
    ['experiment weight with SMI', [...SERVICES, 'trafficRouting: {smi: {}}', 'steps: [{experiment: {templates: [{name: c, specRef: canary, weight: 5}]}}]']],
    ['no trafficRouting, only setWeight', ['steps: [{setWeight: 20}]']],
  ])('stays quiet on %s', (_, canary) => {
    expect(lint(...canary)).toEqual([]);
  });

  // From the controller's ingress and VirtualService configuration checks: exactly one of the single name and the list.
  it('reports nginx, ALB and Istio routing naming both or neither of one object and a list', () => {
    expect(lint(...SERVICES, 'trafficRouting: {nginx: {stableIngress: a, stableIngresses: [b]}}')).toEqual([
      '9:24 traffic-routing-invalid spec.strategy.canary.trafficRouting.nginx sets both stableIngress and stableIngresses; the controller needs exactly one.',
    ]);
    expect(lint(...SERVICES, 'trafficRouting: {alb: {servicePort: 80}}')).toEqual([
      '9:24 traffic-routing-invalid spec.strategy.canary.trafficRouting.alb sets neither of ingress nor ingresses; the controller needs exactly one.',
    ]);
    expect(lint(...SERVICES, 'trafficRouting: {istio: {virtualService: {name: a}, virtualServices: [{name: b}]}}')).toEqual([
      '9:24 traffic-routing-invalid spec.strategy.canary.trafficRouting.istio sets both virtualService and virtualServices; the controller needs exactly one.',
    ]);
    expect(lint(...SERVICES, 'trafficRouting: {alb: {ingresses: [a, b], servicePort: 80}}')).toEqual([]);
  });

  it('reports equal services', () => {
    expect(lint('canaryService: web', 'stableService: web')).toEqual(["8:7 traffic-routing-invalid spec.strategy.canary.stableService and canaryService are both 'web'; they must name different Services."]);
  });

  it.each([
    ['alb: {ingress: web, rootService: root}', 'alb'],
    ['istio: {virtualService: {name: vs}}', 'istio (without destinationRule)'],
    ['smi: {}', 'smi'],
    ['apisix: {route: {name: r}}', 'apisix'],
    ['ambassador: {mappings: [m]}', 'ambassador'],
    ['nginx: {stableIngress: web}', 'nginx'],
    ['appMesh: {}', 'appMesh'],
    ['traefik: {weightedTraefikServiceName: t}', 'traefik'],
  ])('reports %s without canaryService', (router, name) => {
    expect(lint('stableService: web', `trafficRouting: {${router}}`)).toEqual([
      `8:7 traffic-routing-invalid spec.strategy.canary.trafficRouting uses ${name}, which switches traffic between two Services, but canaryService is not set.`,
    ]);
  });

  it('reports options and steps that need trafficRouting without it', () => {
    expect(lint('dynamicStableScale: true', 'scaleDownDelaySeconds: 30', 'steps:', '  - setCanaryScale: {replicas: 1}', '  - setMirrorRoute: {name: m}', '  - setHeaderRoute: {name: h}', '  - experiment: {templates: [{name: c, specRef: canary, weight: 5}]}')).toEqual([
      '7:7 traffic-routing-invalid spec.strategy.canary.dynamicStableScale is set without trafficRouting; it only applies to traffic-routed canaries.',
      '8:7 traffic-routing-invalid spec.strategy.canary.scaleDownDelaySeconds is set without trafficRouting; it only applies to traffic-routed canaries.',
      '10:11 traffic-routing-invalid spec.strategy.canary.steps[0].setCanaryScale needs spec.strategy.canary.trafficRouting, which is not set.',
      '11:11 traffic-routing-invalid spec.strategy.canary.steps[1].setMirrorRoute needs spec.strategy.canary.trafficRouting with Istio or a plugin, which is not set.',
      '12:11 traffic-routing-invalid spec.strategy.canary.steps[2].setHeaderRoute needs spec.strategy.canary.trafficRouting with Istio, ALB, Apisix or a plugin, which is not set.',
      '13:63 traffic-routing-invalid spec.strategy.canary.steps[3].experiment.templates[0].weight is set without trafficRouting; an experiment\'s weight needs traffic routing.',
    ]);
  });

  it('reports header and mirror routes that managedRoutes does not list', () => {
    expect(lint(...SERVICES, 'trafficRouting: {istio: {virtualService: {name: vs}}}', 'steps: [{setHeaderRoute: {name: h}}, {setMirrorRoute: {name: m}}]')).toEqual([
      '10:16 traffic-routing-invalid spec.strategy.canary.steps[0].setHeaderRoute needs spec.strategy.canary.trafficRouting.managedRoutes, which is not set: the controller only creates routes listed there.',
    ]);
    expect(lint(...SERVICES, 'trafficRouting: {istio: {virtualService: {name: vs}}, managedRoutes: [{name: h}]}', 'steps: [{setMirrorRoute: {name: mirror}}]')).toEqual([
      "10:33 traffic-routing-invalid spec.strategy.canary.steps[0].setMirrorRoute.name is 'mirror', which trafficRouting.managedRoutes does not list (h).",
    ]);
  });

  it('reports what the configured router does not support', () => {
    expect(lint(...SERVICES, 'dynamicStableScale: true', 'scaleDownDelaySeconds: 30', 'trafficRouting: {nginx: {stableIngress: web}, maxTrafficWeight: 10}', 'steps:', '  - setMirrorRoute: {name: m}', '  - experiment: {templates: [{name: c, specRef: canary, weight: 5}]}')).toEqual([
      '9:7 traffic-routing-invalid spec.strategy.canary.dynamicStableScale cannot be combined with scaleDownDelaySeconds: the stable side is scaled down as traffic leaves it, so there is nothing to delay.',
      '13:11 traffic-routing-invalid spec.strategy.canary.steps[0].setMirrorRoute needs a traffic router that supports it (Istio or a plugin); this Rollout\'s trafficRouting has none.',
      '14:63 traffic-routing-invalid spec.strategy.canary.steps[1].experiment.templates[0].weight is set, but experiment weights are only supported with SMI, ALB, Istio or a plugin.',
    ]);
  });
});
