import type { FieldPath, Manifest } from './manifest.js';
import { asList, asRecord, asString, isRecord } from './plain-data.js';
import type { ReferencedKind, ReferencedObject, ReferenceSource } from './referenced-objects.js';
import { CANARY_PATH, canaryStrategy } from './rollout-steps.js';

/** One object a Rollout names, where it names it. */
export interface NamedObject {
  kind: ReferencedKind;
  name: string;
  path: FieldPath;
  /** For Services: the field that names it (canaryService, pingService, activeService, …). */
  role?: string;
}

/** The Services the Rollout's strategy names, each with its role. */
export function namedServices(rollout: Manifest): NamedObject[] {
  const named: NamedObject[] = [];
  const add = (record: Record<string, unknown>, key: string, path: FieldPath) => {
    const name = asString(record[key]);
    if (name) named.push({ kind: 'Service', name, path: [...path, key], role: key });
  };
  const canary = canaryStrategy(rollout);
  if (canary) {
    add(canary, 'canaryService', CANARY_PATH);
    add(canary, 'stableService', CANARY_PATH);
    if (isRecord(canary.pingPong)) {
      add(canary.pingPong, 'pingService', [...CANARY_PATH, 'pingPong']);
      add(canary.pingPong, 'pongService', [...CANARY_PATH, 'pingPong']);
    }
  }
  const blueGreen = asRecord(asRecord(rollout.object.spec).strategy).blueGreen;
  if (isRecord(blueGreen)) {
    const path = ['spec', 'strategy', 'blueGreen'];
    add(blueGreen, 'activeService', path);
    add(blueGreen, 'previewService', path);
  }
  return named;
}

/**
 * The objects the canary's trafficRouting names: Ingresses (NGINX, ALB), Istio VirtualServices and DestinationRules,
 * Ambassador Mappings, and the App Mesh VirtualService and VirtualNodes. (The App Mesh VirtualRouter is named by the
 * VirtualService, not by the Rollout: see appMeshRouterRef.)
 */
export function namedRoutingObjects(rollout: Manifest): NamedObject[] {
  const routing = asRecord(canaryStrategy(rollout)?.trafficRouting);
  const base = [...CANARY_PATH, 'trafficRouting'];
  const named: NamedObject[] = [];
  const one = (kind: ReferencedKind, value: unknown, path: FieldPath) => {
    const name = asString(value);
    if (name) named.push({ kind, name, path });
  };
  const nginx = asRecord(routing.nginx);
  one('Ingress', nginx.stableIngress, [...base, 'nginx', 'stableIngress']);
  asList(nginx.stableIngresses).forEach((name, index) => one('Ingress', name, [...base, 'nginx', 'stableIngresses', index]));
  const alb = asRecord(routing.alb);
  one('Ingress', alb.ingress, [...base, 'alb', 'ingress']);
  asList(alb.ingresses).forEach((name, index) => one('Ingress', name, [...base, 'alb', 'ingresses', index]));
  const istio = asRecord(routing.istio);
  one('VirtualService', asRecord(istio.virtualService).name, [...base, 'istio', 'virtualService', 'name']);
  asList(istio.virtualServices).forEach((entry, index) => one('VirtualService', asRecord(entry).name, [...base, 'istio', 'virtualServices', index, 'name']));
  one('DestinationRule', asRecord(istio.destinationRule).name, [...base, 'istio', 'destinationRule', 'name']);
  asList(asRecord(routing.ambassador).mappings).forEach((name, index) => one('Mapping', name, [...base, 'ambassador', 'mappings', index]));
  const appMesh = asRecord(routing.appMesh);
  one('AppMeshVirtualService', asRecord(appMesh.virtualService).name, [...base, 'appMesh', 'virtualService', 'name']);
  for (const ref of ['stableVirtualNodeRef', 'canaryVirtualNodeRef']) {
    one('VirtualNode', asRecord(asRecord(appMesh.virtualNodeGroup)[ref]).name, [...base, 'appMesh', 'virtualNodeGroup', ref, 'name']);
  }
  return named;
}

/**
 * The VirtualRouter an App Mesh VirtualService routes through (`spec.provider.virtualRouter.virtualRouterRef`), as
 * the controller reads it: the ref's namespace, or the VirtualService's own. Undefined when it names none.
 */
export function appMeshRouterRef(virtualService: ReferencedObject): { name: string; source: ReferenceSource } | undefined {
  const ref = asRecord(asRecord(asRecord(asRecord(virtualService.object.spec).provider).virtualRouter).virtualRouterRef);
  const name = asString(ref.name);
  if (!name) return undefined;
  const namespace = asString(ref.namespace) || asString(asRecord(virtualService.object.metadata).namespace);
  return { name, source: { file: virtualService.file, object: { metadata: namespace === undefined ? {} : { namespace } } } };
}
