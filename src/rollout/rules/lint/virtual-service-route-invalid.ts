import { defineLintRule, type LintReport } from '../../lint/lint-rule.js';
import { fieldPathText, type FieldPath } from '../../lint/manifest.js';
import { asList, asRecord, asString, isRecord } from '../../lint/plain-data.js';
import { CANARY_PATH, canaryStrategy } from '../../lint/rollout-steps.js';
import { describeLayer4Entry, layer4Routes, matchingLayer4Routes, type Layer4Route } from '../../lint/istio-layer4-routes.js';

/**
 * An Istio VirtualService, found among the linted files, whose routes the controller cannot weight: an HTTP route the
 * Rollout names that it does not have; several routes and none named; a TLS or TCP route entry (port, SNI hosts)
 * that selects no route; no route at all; or a route without both the canary and the stable destination (the two
 * Services, or with a destinationRule its two subsets). The controller refuses it, as the
 * kubectl plugin's lint does.
 */
export const virtualServiceRouteInvalid = defineLintRule({
  meta: {
    id: 'virtual-service-route-invalid',
    category: 'configuration',
    severity: 'error',
    description:
      'An Istio VirtualService the Rollout names, among the linted files, lacking an HTTP route the Rollout names, with several HTTP routes and none named, or with a route missing the canary or stable destination (Service or subset).',
    summary: 'an Istio VirtualService without the named route, or a route without both canary and stable destinations',
  },
  check(manifest, { objects }) {
    if (manifest.kind !== 'Rollout') return [];
    const canary = canaryStrategy(manifest);
    const istio = asRecord(asRecord(canary?.trafficRouting).istio);
    if (!canary || !isRecord(canary.trafficRouting) || Object.keys(istio).length === 0) return [];
    const base = [...CANARY_PATH, 'trafficRouting', 'istio'];
    const references: { entry: Record<string, unknown>; path: FieldPath }[] = isRecord(istio.virtualService)
      ? [{ entry: istio.virtualService, path: [...base, 'virtualService'] }]
      : asList(istio.virtualServices).flatMap((entry, index) => (isRecord(entry) ? [{ entry, path: [...base, 'virtualServices', index] }] : []));
    const destinationRule = isRecord(istio.destinationRule) ? istio.destinationRule : undefined;
    const services = { canary: asString(canary.canaryService), stable: asString(canary.stableService) };
    const reports: LintReport[] = [];
    for (const { entry, path } of references) {
      const name = asString(entry.name);
      const virtualService = name ? objects.find('VirtualService', name, manifest) : undefined;
      if (!virtualService) continue;
      const spec = asRecord(virtualService.object.spec);
      const http = asList(spec.http).filter(isRecord);
      const where = `VirtualService '${name}' (${virtualService.file})`;
      if (spec.http === undefined && spec.tls === undefined && spec.tcp === undefined) {
        reports.push({ path: [...path, 'name'], message: `${where} has no HTTP, TLS or TCP routes: the controller has no route to set the canary's weight in.`, suggestion: 'Give the VirtualService a route with the canary and the stable destination.' });
        continue;
      }
      for (const kind of ['tls', 'tcp'] as const) reports.push(...layer4Reports(kind, spec, entry, path, where, services, destinationRule));
      if (http.length === 0) continue;
      const named = asList(entry.routes).filter((route): route is string => typeof route === 'string');
      let patched: Record<string, unknown>[] = [];
      if (named.length === 0) {
        if (http.length > 1 && !http.some((route) => !asString(route.name)) && canary.trafficRouting && asRecord(canary.trafficRouting).managedRoutes === undefined) {
          reports.push({ path: [...path, 'name'], message: `${where} has ${http.length} HTTP routes, all named, and ${fieldPathText(path)}.routes names none: the controller cannot tell which to weight.`, suggestion: `List the route in ${fieldPathText(path)}.routes.` });
          continue;
        }
        patched = [http.length === 1 ? http[0] : (http.find((route) => !asString(route.name)) ?? http[0])];
      } else {
        for (const routeName of named) {
          const route = http.find((candidate) => asString(candidate.name) === routeName);
          if (route) patched.push(route);
          else reports.push({ path: [...path, 'routes'], message: `${fieldPathText(path)}.routes names '${routeName}', but ${where} has no HTTP route of that name (${http.map((r) => asString(r.name) ?? '(unnamed)').join(', ')}).`, suggestion: 'Name the route in the VirtualService, or correct the name.' });
        }
      }
      for (const route of patched) {
        const missing = missingDestinations(route, services, destinationRule);
        if (missing.length === 0) continue;
        reports.push({
          path: [...path, 'name'],
          message: `${where}: HTTP route ${asString(route.name) ? `'${asString(route.name)}'` : '(unnamed)'} has no destination for ${missing.join(' or ')}; the controller needs both the canary and the stable destination to set their weights.`,
          suggestion: 'Give the route two destinations, the canary and the stable one.',
        });
      }
    }
    return reports;
  },
});

/**
 * The controller's TLS and TCP route checks: each `tlsRoutes` / `tcpRoutes` entry must select at least one route of
 * the VirtualService; with none listed it weights the first route and refuses a VirtualService with several; every
 * route it weights needs both destinations.
 */
function layer4Reports(
  kind: 'tls' | 'tcp',
  spec: Record<string, unknown>,
  entry: Record<string, unknown>,
  path: FieldPath,
  where: string,
  services: { canary?: string; stable?: string },
  destinationRule: Record<string, unknown> | undefined,
): LintReport[] {
  if (spec[kind] === undefined) return [];
  const label = kind.toUpperCase();
  const field = kind === 'tls' ? 'tlsRoutes' : 'tcpRoutes';
  const routes = layer4Routes(spec, kind);
  const wanted = asList(entry[field]).filter(isRecord);
  const reports: LintReport[] = [];
  let patched: Layer4Route[] = [];
  if (wanted.length === 0) {
    if (routes.length > 1) {
      return [{ path: [...path, 'name'], message: `${where} has ${routes.length} ${label} routes and ${fieldPathText(path)}.${field} lists none: the controller weights a single ${label} route only when none is listed.`, suggestion: `List the route's port${kind === 'tls' ? ' and sniHosts' : ''} in ${fieldPathText(path)}.${field}.` }];
    }
    patched = routes.slice(0, 1);
  } else {
    wanted.forEach((route, index) => {
      const found = matchingLayer4Routes(routes, route, kind);
      if (found.length === 0) {
        reports.push({ path: [...path, field, index], message: `${fieldPathText([...path, field, index])} (${describeLayer4Entry(route)}) matches no ${label} route of ${where}.`, suggestion: `Match the VirtualService's ${label} route exactly: one port${kind === 'tls' ? ' and the same sniHosts' : ''}.` });
      }
      patched.push(...found.filter((candidate) => !patched.includes(candidate)));
    });
  }
  for (const { route, index } of patched) {
    const missing = missingDestinations(route, services, destinationRule);
    if (missing.length === 0) continue;
    reports.push({ path: [...path, 'name'], message: `${where}: ${label} route ${index} has no destination for ${missing.join(' or ')}; the controller needs both the canary and the stable destination to set their weights.`, suggestion: 'Give the route two destinations, the canary and the stable one.' });
  }
  return reports;
}

/** Which of the two destinations a route lacks: hosts matched by their first DNS label, subsets by name. */
function missingDestinations(route: Record<string, unknown>, services: { canary?: string; stable?: string }, destinationRule: Record<string, unknown> | undefined): string[] {
  const destinations = asList(route.route).map((entry) => asRecord(asRecord(entry).destination));
  if (destinationRule) {
    return (['canarySubsetName', 'stableSubsetName'] as const).flatMap((key) => {
      const subset = asString(destinationRule[key]);
      return subset && !destinations.some((destination) => destination.subset === subset) ? [`subset '${subset}'`] : [];
    });
  }
  const hosts = destinations.map((destination) => (asString(destination.host) ?? '').split('.')[0]);
  return (['canary', 'stable'] as const).flatMap((role) => {
    const service = services[role];
    return service && !hosts.includes(service) ? [`the ${role} Service '${service}'`] : [];
  });
}
