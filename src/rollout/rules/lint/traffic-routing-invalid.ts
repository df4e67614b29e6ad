import { defineLintRule, type LintReport } from '../../lint/lint-rule.js';
import { fieldPathText, type FieldPath } from '../../lint/manifest.js';
import { asList, asRecord, asString, isRecord } from '../../lint/plain-data.js';
import { CANARY_PATH, canarySteps, canaryStrategy } from '../../lint/rollout-steps.js';
import { managedRouteNames, trafficRouters, type TrafficRouters } from '../../lint/traffic-routers.js';

/**
 * R20: what the controller's canary validation refuses about Services and traffic routing; the Rollout goes
 * InvalidSpec. Services are required only by the routers that switch traffic between two Services: Istio with a
 * destinationRule routes by subset of one Service, ping-pong (ALB, Istio) swaps its own two, and plugins bring
 * their own rules, so none of those needs canaryService and stableService.
 */
export const trafficRoutingInvalid = defineLintRule({
  meta: {
    id: 'traffic-routing-invalid',
    category: 'configuration',
    severity: 'error',
    description:
      'canaryService equal to stableService, a Service-based traffic router without both Services, nginx, ALB or Istio naming neither or both of one object and a list, options or steps that need trafficRouting (or a router that supports them) without it, and header or mirror routes missing from managedRoutes.',
    summary: 'equal canary/stable Services, a router without both, routing steps and options the router does not support (R20)',
  },
  check(manifest) {
    if (manifest.kind !== 'Rollout') return [];
    const canary = canaryStrategy(manifest);
    if (!canary) return [];
    const routers = trafficRouters(canary);
    const reports: LintReport[] = [];
    const report = (path: FieldPath, message: string, suggestion: string) => reports.push({ path, message, suggestion });
    const canaryService = asString(canary.canaryService) ?? '';
    const stableService = asString(canary.stableService) ?? '';
    if (canaryService !== '' && canaryService === stableService) {
      report([...CANARY_PATH, 'stableService'], `spec.strategy.canary.stableService and canaryService are both '${canaryService}'; they must name different Services.`, 'Point canaryService and stableService at two Services with the same selector.');
    }
    if (needsBothServices(canary, routers) && (canaryService === '' || stableService === '')) {
      const missing = [canaryService === '' ? 'canaryService' : undefined, stableService === '' ? 'stableService' : undefined].filter(Boolean).join(' and ');
      report(
        [...CANARY_PATH, 'trafficRouting'],
        `spec.strategy.canary.trafficRouting uses ${serviceRouters(canary, routers).join(' and ')}, which switches traffic between two Services, but ${missing} is not set.`,
        'Set spec.strategy.canary.canaryService and stableService (Istio can route by subset instead, with trafficRouting.istio.destinationRule).',
      );
    }
    if (!routers.routed) {
      for (const option of ['scaleDownDelaySeconds', 'dynamicStableScale'] as const) {
        if (canary[option] === undefined || canary[option] === false) continue;
        report([...CANARY_PATH, option], `spec.strategy.canary.${option} is set without trafficRouting; it only applies to traffic-routed canaries.`, `Configure spec.strategy.canary.trafficRouting, or remove ${option}.`);
      }
    } else {
      if (canary.scaleDownDelaySeconds !== undefined && canary.dynamicStableScale === true) {
        report([...CANARY_PATH, 'dynamicStableScale'], 'spec.strategy.canary.dynamicStableScale cannot be combined with scaleDownDelaySeconds: the stable side is scaled down as traffic leaves it, so there is nothing to delay.', 'Remove one of dynamicStableScale and scaleDownDelaySeconds.');
      }
      if (routers.routing.maxTrafficWeight !== undefined && !routers.has('nginx') && !routers.plugins) {
        report([...CANARY_PATH, 'trafficRouting', 'maxTrafficWeight'], 'spec.strategy.canary.trafficRouting.maxTrafficWeight is only supported with nginx or a traffic router plugin.', 'Remove maxTrafficWeight (weights are then out of 100).');
      }
    }
    reports.push(...oneOfReports(routers));
    reports.push(...stepReports(manifest, routers));
    return reports;
  },
});

/** Fields the controller wants exactly one of: a single object name or a list of them, per router. */
const ONE_OF = [
  ['nginx', 'stableIngress', 'stableIngresses'],
  ['alb', 'ingress', 'ingresses'],
  ['istio', 'virtualService', 'virtualServices'],
] as const;

function oneOfReports(routers: TrafficRouters): LintReport[] {
  return ONE_OF.flatMap(([router, single, list]) => {
    if (!routers.has(router)) return [];
    const config = asRecord(routers.routing[router]);
    const path = [...CANARY_PATH, 'trafficRouting', router];
    const hasSingle = config[single] !== undefined && config[single] !== '';
    const hasList = asList(config[list]).length > 0;
    if (hasSingle === hasList) {
      return [{ path, message: `${fieldPathText(path)} sets ${hasSingle ? 'both' : 'neither of'} ${single} ${hasSingle ? 'and' : 'nor'} ${list}; the controller needs exactly one.`, suggestion: `Keep ${single} for one object, or ${list} for several.` }];
    }
    return [];
  });
}

/** The controller's list of routers that need canaryService and stableService. */
function serviceRouters(canary: Record<string, unknown>, routers: TrafficRouters): string[] {
  const pingPong = isRecord(canary.pingPong);
  const istio = asRecord(routers.routing.istio);
  return [
    routers.has('alb') && !pingPong ? 'alb' : undefined,
    routers.has('istio') && istio.destinationRule === undefined && !pingPong ? 'istio (without destinationRule)' : undefined,
    ...(['smi', 'apisix', 'ambassador', 'nginx', 'appMesh', 'traefik'] as const).map((router) => (routers.has(router) ? router : undefined)),
  ].filter((router): router is string => router !== undefined);
}

function needsBothServices(canary: Record<string, unknown>, routers: TrafficRouters): boolean {
  return routers.routed && serviceRouters(canary, routers).length > 0;
}

function stepReports(manifest: Parameters<typeof canarySteps>[0], routers: TrafficRouters): LintReport[] {
  const reports: LintReport[] = [];
  const managed = managedRouteNames(routers.routing);
  let managedRoutesReported = false;
  for (const { step, path } of canarySteps(manifest)) {
    if (step.setCanaryScale !== undefined && !routers.routed) {
      reports.push({ path: [...path, 'setCanaryScale'], message: `${fieldPathText([...path, 'setCanaryScale'])} needs spec.strategy.canary.trafficRouting, which is not set.`, suggestion: 'Configure trafficRouting, or remove the setCanaryScale step.' });
    }
    const routeSteps = [
      ['setHeaderRoute', routers.has('istio') || routers.has('alb') || routers.has('apisix') || routers.plugins, 'Istio, ALB, Apisix or a plugin'],
      ['setMirrorRoute', routers.has('istio') || routers.plugins, 'Istio or a plugin'],
    ] as const;
    for (const [kind, supported, which] of routeSteps) {
      if (step[kind] === undefined) continue;
      const kindPath = [...path, kind];
      if (!supported) {
        reports.push({
          path: kindPath,
          message: routers.routed
            ? `${fieldPathText(kindPath)} needs a traffic router that supports it (${which}); this Rollout's trafficRouting has none.`
            : `${fieldPathText(kindPath)} needs spec.strategy.canary.trafficRouting with ${which}, which is not set.`,
          suggestion: `Configure trafficRouting with ${which}, or remove the ${kind} step.`,
        });
        continue;
      }
      const name = asString(asRecord(step[kind]).name);
      if (managed === undefined) {
        if (managedRoutesReported) continue;
        managedRoutesReported = true;
        reports.push({ path: kindPath, message: `${fieldPathText(kindPath)} needs spec.strategy.canary.trafficRouting.managedRoutes, which is not set: the controller only creates routes listed there.`, suggestion: `Add managedRoutes: [{name: ${name ?? 'ROUTE'}}] under trafficRouting.` });
      } else if (name !== undefined && !managed.includes(name)) {
        reports.push({ path: [...kindPath, 'name'], message: `${fieldPathText([...kindPath, 'name'])} is '${name}', which trafficRouting.managedRoutes does not list (${managed.join(', ') || 'empty'}).`, suggestion: `Add {name: ${name}} to trafficRouting.managedRoutes, or correct the name.` });
      }
    }
    asList(asRecord(step.experiment).templates).forEach((template, index) => {
      if (asRecord(template).weight === undefined) return;
      const weightPath = [...path, 'experiment', 'templates', index, 'weight'];
      if (!routers.routed) {
        reports.push({ path: weightPath, message: `${fieldPathText(weightPath)} is set without trafficRouting; an experiment's weight needs traffic routing.`, suggestion: 'Configure trafficRouting, or remove the weight.' });
      } else if (!routers.has('alb') && !routers.has('smi') && !routers.has('istio') && !routers.plugins) {
        reports.push({ path: weightPath, message: `${fieldPathText(weightPath)} is set, but experiment weights are only supported with SMI, ALB, Istio or a plugin.`, suggestion: 'Remove the weight, or route with SMI, ALB, Istio or a plugin.' });
      }
    });
  }
  return reports;
}
