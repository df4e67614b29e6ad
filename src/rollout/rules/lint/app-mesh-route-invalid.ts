import { defineLintRule, type LintReport } from '../../lint/lint-rule.js';
import { fieldPathText, type FieldPath } from '../../lint/manifest.js';
import { asList, asRecord, asString, isRecord } from '../../lint/plain-data.js';
import type { ReferencedObject } from '../../lint/referenced-objects.js';
import { appMeshRouterRef } from '../../lint/rollout-references.js';
import { CANARY_PATH, canaryStrategy } from '../../lint/rollout-steps.js';

/** The route kinds of an App Mesh VirtualRouter the controller can weight. */
const ROUTE_TYPES = ['httpRoute', 'tcpRoute', 'http2Route', 'grpcRoute'];

/**
 * What the controller refuses about App Mesh routing: `trafficRouting.appMesh` without a virtualService or without
 * both virtual nodes, an App Mesh VirtualService (from the linted files) that routes through no VirtualRouter, and a
 * VirtualRouter without routes, or with a route whose action does not split between exactly two weighted targets.
 * Missing objects are referenced-object-not-found's (a notice). A warning, not an error: a well-formed route the
 * Rollout weights (all, or those `virtualService.routes` lists) whose targets are not its stable and canary virtual
 * nodes; the controller reweights only targets naming those nodes, so the traffic would never move.
 */
export const appMeshRouteInvalid = defineLintRule({
  meta: {
    id: 'app-mesh-route-invalid',
    category: 'configuration',
    severity: 'error',
    description:
      'App Mesh traffic routing without a virtualService or both virtual nodes, an App Mesh VirtualService with no virtualRouterRef, or a VirtualRouter without routes or with a route that is not one supported kind with exactly two weightedTargets; a warning for a weighted route with no target on the Rollout\'s virtual nodes.',
    summary: 'App Mesh routing without its objects, or a VirtualRouter route the controller cannot weight',
  },
  check(manifest, { objects }) {
    if (manifest.kind !== 'Rollout') return [];
    const appMesh = asRecord(canaryStrategy(manifest)?.trafficRouting).appMesh;
    if (!isRecord(appMesh)) return [];
    const base = [...CANARY_PATH, 'trafficRouting', 'appMesh'];
    const reports: LintReport[] = [];
    const group = asRecord(appMesh.virtualNodeGroup);
    const missingNodes = ['stableVirtualNodeRef', 'canaryVirtualNodeRef'].filter((ref) => !asString(asRecord(group[ref]).name));
    if (missingNodes.length > 0) {
      reports.push({ path: base, message: `${fieldPathText(base)} has no virtualNodeGroup.${missingNodes.join(' or ')} name; the controller moves traffic between the stable and the canary virtual node and needs both.`, suggestion: 'Set virtualNodeGroup.stableVirtualNodeRef.name and canaryVirtualNodeRef.name.' });
    }
    const name = asString(asRecord(appMesh.virtualService).name);
    if (!name) {
      reports.push({ path: base, message: `${fieldPathText(base)} has no virtualService name; the controller needs the App Mesh VirtualService whose router it weights.`, suggestion: 'Set virtualService.name to the App Mesh VirtualService of the app.' });
      return reports;
    }
    const namePath = [...base, 'virtualService', 'name'];
    const virtualService = objects.find('AppMeshVirtualService', name, manifest);
    if (!virtualService) return reports;
    const ref = appMeshRouterRef(virtualService);
    if (!ref) {
      reports.push({ path: namePath, message: `App Mesh VirtualService '${name}' (${virtualService.file}) has no spec.provider.virtualRouter.virtualRouterRef; the controller weights a VirtualRouter's routes, so it refuses a VirtualService that routes to a node directly.`, suggestion: 'Route the VirtualService through a VirtualRouter (spec.provider.virtualRouter.virtualRouterRef).' });
      return reports;
    }
    const router = objects.find('VirtualRouter', ref.name, ref.source);
    if (!router) return reports;
    const invalid = routerReports(router, namePath);
    if (invalid.length > 0) return [...reports, ...invalid];
    const nodes = { stable: asString(asRecord(group.stableVirtualNodeRef).name), canary: asString(asRecord(group.canaryVirtualNodeRef).name) };
    const weighted = asList(asRecord(appMesh.virtualService).routes).filter((route): route is string => typeof route === 'string');
    const namespace = asString(asRecord(manifest.object.metadata).namespace);
    return [...reports, ...untouchedRoutes(router, namePath, nodes, weighted, namespace)];
  },
});

/** The controller's VirtualRouter validation: routes exist, each one supported kind whose action has two weighted targets. */
function routerReports(router: ReferencedObject, path: FieldPath): LintReport[] {
  const where = `App Mesh VirtualRouter '${router.name}' (${router.file})`;
  const routes = asList(asRecord(router.object.spec).routes);
  if (routes.length === 0) return [{ path, message: `${where} has no spec.routes; the controller needs a route to weight.`, suggestion: 'Add a route whose action has weightedTargets for the stable and the canary virtual node.' }];
  for (const [index, route] of routes.entries()) {
    const label = `spec.routes[${index}]${isRecord(route) && asString(route.name) ? ` ('${asString(route.name)}')` : ''}`;
    const type = isRecord(route) ? ROUTE_TYPES.find((candidate) => isRecord(route[candidate])) : undefined;
    if (!isRecord(route) || type === undefined) {
      return [{ path, message: `${where}: ${label} is none of ${ROUTE_TYPES.join(', ')}, which the controller refuses.`, suggestion: `Give the route one of ${ROUTE_TYPES.join(', ')}.` }];
    }
    const action = asRecord(asRecord(route[type]).action);
    if (!Array.isArray(action.weightedTargets)) {
      return [{ path, message: `${where}: ${label}.${type}.action has no weightedTargets, which the controller refuses.`, suggestion: 'Give the action weightedTargets for the stable and the canary virtual node.' }];
    }
    if (action.weightedTargets.length !== 2) {
      return [{ path, message: `${where}: ${label}.${type}.action has ${action.weightedTargets.length} weightedTargets; the controller needs exactly 2 (the stable and the canary virtual node).`, suggestion: 'Keep two weightedTargets: the stable and the canary virtual node.' }];
    }
  }
  return [];
}

/**
 * The routes whose targets the controller would never reweight: it sets the weight of a target only when it names the
 * Rollout's stable or canary virtual node in the Rollout's namespace. Only the routes the Rollout weights are read.
 */
function untouchedRoutes(router: ReferencedObject, path: FieldPath, nodes: { stable?: string; canary?: string }, weighted: readonly string[], namespace: string | undefined): LintReport[] {
  if (!nodes.stable || !nodes.canary) return [];
  const reports: LintReport[] = [];
  for (const [index, route] of asList(asRecord(router.object.spec).routes).entries()) {
    const record = asRecord(route);
    const name = asString(record.name);
    if (weighted.length > 0 && (name === undefined || !weighted.includes(name))) continue;
    const type = ROUTE_TYPES.find((candidate) => isRecord(record[candidate])) ?? ROUTE_TYPES[0];
    const targets = asList(asRecord(asRecord(record[type]).action).weightedTargets).map((target) => asRecord(asRecord(target).virtualNodeRef));
    const names = targets.filter((ref) => { const refNamespace = asString(ref.namespace); return !refNamespace || !namespace || refNamespace === namespace; }).map((ref) => asString(ref.name));
    const missing = [nodes.stable, nodes.canary].filter((node) => !names.includes(node));
    if (missing.length === 0) continue;
    reports.push({
      path,
      severity: 'warning',
      message: `App Mesh VirtualRouter '${router.name}' (${router.file}): spec.routes[${index}]${name ? ` ('${name}')` : ''} has no weighted target on ${missing.map((node) => `'${node}'`).join(' or ')}; the controller reweights only the Rollout's stable and canary virtual nodes, so this route's traffic never moves.`,
      suggestion: `Point the route's two weightedTargets at virtualNodeGroup's nodes ('${nodes.stable}' and '${nodes.canary}'), or list only the routes to weight in appMesh.virtualService.routes.`,
    });
  }
  return reports;
}
