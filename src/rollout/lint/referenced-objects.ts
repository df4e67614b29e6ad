import type { Manifest } from './manifest.js';
import { asRecord, asString, isRecord } from './plain-data.js';

/** The kinds a Rollout names by name that the controller needs to exist: read from the linted files too. */
export const REFERENCED_KINDS = ['Service', 'Ingress', 'VirtualService', 'DestinationRule'] as const;
export type ReferencedKind = (typeof REFERENCED_KINDS)[number];

/** A Service, Ingress, VirtualService or DestinationRule from the linted files. */
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
    case 'DestinationRule':
      return group === 'networking.istio.io' ? object.kind : undefined;
    default:
      return undefined;
  }
}

/** A cheap test before parsing a file that holds no Argo kind: does any document say it is a referenced kind? */
export const MENTIONS_REFERENCED_KIND = /^kind:\s*["']?(Service|Ingress|VirtualService|DestinationRule)["']?\s*$/m;

export interface ObjectIndex {
  /** The object `from` would get from the cluster: same namespace, the same file first. */
  find(kind: ReferencedKind, name: string, from: Manifest): ReferencedObject | undefined;
}

export function indexObjects(objects: readonly ReferencedObject[]): ObjectIndex {
  return {
    find(kind, name, from) {
      const wanted = namespaceIn(name);
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

/** Istio names may be written `name.namespace`; other references are plain names. */
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
