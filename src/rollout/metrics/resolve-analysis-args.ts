import type { ClusterRollout } from '../cluster/rollout-api.js';
import type { AnalysisArgument } from './analysis-template.js';

export type ResolvedArgs = { ok: true; values: Record<string, string> } | { ok: false; reason: string };

/**
 * The values an AnalysisRun of this Rollout would get: the template's declared args, overridden by the ones the
 * Rollout passes, as the controller merges them. `valueFrom.podTemplateHashValue` reads the Rollout's status
 * (Latest = the canary's hash, Stable = the stable one) and `fieldRef` the Rollout's metadata. Secrets are out of
 * reach by design (the checker has no RBAC on secrets), so such an arg leaves the metric unevaluated.
 */
export function resolveAnalysisArgs(templateArgs: readonly AnalysisArgument[], rolloutArgs: readonly AnalysisArgument[], rollout: ClusterRollout): ResolvedArgs {
  const merged = new Map<string, AnalysisArgument>();
  for (const arg of [...templateArgs, ...rolloutArgs]) {
    if (arg.name === undefined) continue;
    const declared = merged.get(arg.name);
    // A Rollout arg without a value (only a name) does not erase the template's default.
    merged.set(arg.name, arg.value === undefined && arg.valueFrom === undefined && declared ? declared : arg);
  }
  const values: Record<string, string> = {};
  for (const [name, arg] of merged) {
    const value = argValue(arg, rollout);
    if (typeof value !== 'string') return { ok: false, reason: `arg '${name}' ${value.reason}` };
    values[name] = value;
  }
  return { ok: true, values };
}

function argValue(arg: AnalysisArgument, rollout: ClusterRollout): string | { reason: string } {
  if (arg.value !== undefined) return String(arg.value);
  const from = arg.valueFrom;
  if (!from) return { reason: 'has no value: neither the template nor the Rollout gives one' };
  if (from.secretKeyRef) return { reason: `comes from Secret '${from.secretKeyRef.name ?? ''}', which the checker does not read` };
  if (from.podTemplateHashValue !== undefined) return podTemplateHash(from.podTemplateHashValue, rollout);
  if (from.fieldRef?.fieldPath !== undefined) return fieldValue(from.fieldRef.fieldPath, rollout);
  return { reason: 'has a valueFrom the checker does not know' };
}

function podTemplateHash(which: string, rollout: ClusterRollout): string | { reason: string } {
  const status = rollout.status ?? {};
  const hash = which === 'Latest' ? status.currentPodHash : which === 'Stable' ? status.stableRS : undefined;
  if (which !== 'Latest' && which !== 'Stable') return { reason: `asks for podTemplateHashValue '${which}'; expected Latest or Stable` };
  return hash ?? { reason: `needs the ${which} pod-template-hash, which the Rollout's status does not have yet` };
}

/** The fieldRef paths Argo documents for analysis args: metadata.name/namespace and one label or annotation. */
function fieldValue(fieldPath: string, rollout: ClusterRollout): string | { reason: string } {
  const metadata = (rollout.metadata ?? {}) as { name?: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  if (fieldPath === 'metadata.name' && metadata.name !== undefined) return metadata.name;
  if (fieldPath === 'metadata.namespace' && metadata.namespace !== undefined) return metadata.namespace;
  const keyed = /^metadata\.(labels|annotations)\['([^']+)'\]$/.exec(fieldPath);
  const value = keyed ? metadata[keyed[1] as 'labels' | 'annotations']?.[keyed[2]] : undefined;
  return value ?? { reason: `reads ${fieldPath} from the Rollout, which is not set (or not a path the checker resolves)` };
}
