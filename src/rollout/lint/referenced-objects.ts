import type { Manifest } from './manifest.js';
import { asRecord, asString, isRecord } from './plain-data.js';

/**
 * The kinds a Rollout names by name that the controller needs to exist: read from the linted files too. An App Mesh
 * VirtualService shares its kind's name with Istio's, so it is told apart here as AppMeshVirtualService.
 */
export const REFERENCED_KINDS = ['Service', 'Ingress', 'VirtualService', 'DestinationRule', 'Mapping', 'AppMeshVirtualService', 'VirtualRouter', 'VirtualNode', 'TrafficSplit'] as const;
export type ReferencedKind = (typeof REFERENCED_KINDS)[number];

/** How messages name each referenced kind: the provider's own words, so an App Mesh VirtualService is not taken for Istio's. */
export const KIND_LABELS: Readonly<Record<ReferencedKind, string>> = {
  Service: 'Service',
  Ingress: 'Ingress',
  VirtualService: 'VirtualService',
  DestinationRule: 'DestinationRule',
  Mapping: 'Ambassador Mapping',
  AppMeshVirtualService: 'App Mesh VirtualService',
  VirtualRouter: 'App Mesh VirtualRouter',
  VirtualNode: 'App Mesh VirtualNode',
  TrafficSplit: 'SMI TrafficSplit',
};

/** An object of one of the referenced kinds from the linted files. */
export interface ReferencedObject {
  file: string;
  kind: ReferencedKind;
  name: string;
  object: Record<string, unknown>;
}

/** Whether a document is one of the referenced kinds (the API group decides: an Istio Service is no v1 Service). */
export function referencedKind(object: Record<string, unknown>): ReferencedKind | undefined {
  const apiVersion = asString(object.apiVersion) ?? '';
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  switch (object.kind) {
    case 'Service':
      return group === '' ? 'Service' : undefined;
    case 'Ingress':
      return group === 'networking.k8s.io' || group === 'extensions' ? 'Ingress' : undefined;
    case 'VirtualService':
      if (group === 'appmesh.k8s.aws') return 'AppMeshVirtualService';
      return group === 'networking.istio.io' ? 'VirtualService' : undefined;
    case 'DestinationRule':
      return group === 'networking.istio.io' ? 'DestinationRule' : undefined;
    case 'Mapping':
      return group === 'getambassador.io' ? 'Mapping' : undefined;
    case 'VirtualRouter':
    case 'VirtualNode':
      return group === 'appmesh.k8s.aws' ? object.kind : undefined;
    case 'TrafficSplit':
      return group === 'split.smi-spec.io' ? 'TrafficSplit' : undefined;
    default:
      return undefined;
  }
}

/** A cheap test before parsing a file that holds no Argo kind: does any document say it is a referenced kind? */
export const MENTIONS_REFERENCED_KIND = /^kind:\s*["']?(Service|Ingress|VirtualService|DestinationRule|Mapping|VirtualRouter|VirtualNode|TrafficSplit)["']?\s*$/m;

/** Where a reference is made from: a linted manifest, or a referenced object naming another (an App Mesh VirtualService its VirtualRouter). */
export interface ReferenceSource {
  file: string;
  object: Record<string, unknown>;
}

export interface ObjectIndex {
  /** The object `from` would get from the cluster: same namespace, the same file first. */
  find(kind: ReferencedKind, name: string, from: ReferenceSource): ReferencedObject | undefined;
}

/** The kinds whose references may be written `name.namespace`: Istio's. Other names may hold dots of their own. */
const NAMESPACED_NAMES: ReadonlySet<ReferencedKind> = new Set(['VirtualService', 'DestinationRule']);

export function indexObjects(objects: readonly ReferencedObject[]): ObjectIndex {
  return {
    find(kind, name, from) {
      const wanted = NAMESPACED_NAMES.has(kind) ? namespaceIn(name) : undefined;
      const bareName = wanted === undefined ? name : name.slice(0, name.indexOf('.'));
      const home = wanted ?? asString(asRecord(from.object.metadata).namespace);
      const candidates = objects.filter((object) => {
        if (object.kind !== kind || object.name !== bareName) return false;
        const namespace = asString(asRecord(object.object.metadata).namespace);
        return namespace === undefined || home === undefined || namespace === home;
      });
      return candidates.find((object) => object.file === from.file) ?? candidates[0];
    },
  };
}

/** An Istio name written `name.namespace`. */
function namespaceIn(name: string): string | undefined {
  const dot = name.indexOf('.');
  return dot > 0 ? name.slice(dot + 1) : undefined;
}

export function objectFromDocument(file: string, object: Record<string, unknown>): ReferencedObject | undefined {
  const kind = referencedKind(object);
  if (!kind) return undefined;
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  return { file, kind, name: asString(metadata.name) ?? '', object };
}
