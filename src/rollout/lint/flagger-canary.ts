import type { FieldPath, Manifest } from './manifest.js';
import { asList, asRecord, isRecord } from './plain-data.js';

/** Flagger's analysis block: `spec.analysis`, or `spec.canaryAnalysis` of older Canaries. */
export function canaryAnalysis(canary: Manifest): { analysis: Record<string, unknown>; path: FieldPath } | undefined {
  const spec = asRecord(canary.object.spec);
  if (isRecord(spec.analysis)) return { analysis: spec.analysis, path: ['spec', 'analysis'] };
  if (isRecord(spec.canaryAnalysis)) return { analysis: spec.canaryAnalysis, path: ['spec', 'canaryAnalysis'] };
  return undefined;
}

export interface LocatedEntry {
  entry: Record<string, unknown>;
  path: FieldPath;
}

/** The entries of a list under the analysis block (`metrics`, `webhooks`), with their paths. */
export function analysisEntries(canary: Manifest, key: 'metrics' | 'webhooks'): LocatedEntry[] {
  const found = canaryAnalysis(canary);
  if (!found) return [];
  return asList(found.analysis[key]).flatMap((entry, index) => (isRecord(entry) ? [{ entry, path: [...found.path, key, index] }] : []));
}
