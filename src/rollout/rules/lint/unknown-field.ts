import { closestName } from '../../lint/closest-name.js';
import { CRD_FIELDS } from '../../lint/crd-fields.js';
import type { CrdNode } from '../../lint/crd-node.js';
import { FLAGGER_CRD_FIELDS } from '../../lint/flagger-crd-fields.js';
import { defineLintRule, type LintReport } from '../../lint/lint-rule.js';
import { fieldPathText, type FieldPath } from '../../lint/manifest.js';
import { isRecord } from '../../lint/plain-data.js';

/** The top-level fields of every Kubernetes object; metadata is Kubernetes' own and not checked here. */
const TOP_LEVEL = ['apiVersion', 'kind', 'metadata', 'spec', 'status'];

/**
 * The fields of Kubernetes' ObjectMeta. The CRDs publish a pod template's `metadata` with only labels and annotations,
 * but the controller and the kubectl plugin's strict decoding read it as a full ObjectMeta, so a manifest dumped from a
 * cluster (`creationTimestamp: null` in every pod template) is valid there.
 */
const OBJECT_META_FIELDS = new Set([
  'name', 'generateName', 'namespace', 'selfLink', 'uid', 'resourceVersion', 'generation', 'creationTimestamp',
  'deletionTimestamp', 'deletionGracePeriodSeconds', 'labels', 'annotations', 'ownerReferences', 'finalizers', 'managedFields',
]);

/** The known fields of every linted kind: Argo Rollouts' CRDs and Flagger's, each generated from its published schema. */
const KNOWN_FIELDS: Readonly<Record<string, CrdNode>> = { ...CRD_FIELDS, ...FLAGGER_CRD_FIELDS };

/**
 * A field the published CRD schema does not have. The API server prunes it without a word (or, with
 * `kubectl apply --validate=strict` and the kubectl plugin's lint, refuses it), so a misspelt `progresDeadlineAbort`
 * silently keeps the default. The known fields are data generated from the CRDs by scripts/rollout-crd-fields.mjs and
 * scripts/flagger-crd-fields.mjs; Flagger's Canary and MetricTemplate are checked as Argo's kinds are.
 */
export const unknownField = defineLintRule({
  meta: {
    id: 'unknown-field',
    category: 'configuration',
    severity: 'error',
    description: "A field of a Rollout, AnalysisTemplate, ClusterAnalysisTemplate, or Flagger Canary or MetricTemplate that the published CRD schema does not define, with the closest known name.",
    summary: 'a field the Argo Rollouts or Flagger CRD schema does not define (did you mean …?)',
  },
  check(manifest) {
    if (!Object.hasOwn(KNOWN_FIELDS, manifest.kind)) return [];
    const reports: LintReport[] = [];
    for (const key of Object.keys(manifest.object)) {
      if (!TOP_LEVEL.includes(key)) reports.push(unknown([key], TOP_LEVEL));
    }
    const root = KNOWN_FIELDS[manifest.kind];
    if (root !== 1 && isRecord(manifest.object.spec) && root.spec !== undefined) walk(manifest.object.spec, root.spec, ['spec'], reports);
    return reports;
  },
});

function walk(value: unknown, node: CrdNode, path: FieldPath, reports: LintReport[]): void {
  if (node === 1) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, node, [...path, index], reports));
    return;
  }
  if (!isRecord(value)) return;
  const map = node['*'];
  for (const [key, child] of Object.entries(value)) {
    if (map !== undefined) walk(child, map, [...path, key], reports);
    else if (Object.hasOwn(node, key)) walk(child, node[key], [...path, key], reports);
    else if (path[path.length - 1] === 'metadata' && OBJECT_META_FIELDS.has(key)) continue;
    else reports.push(unknown([...path, key], Object.keys(node)));
  }
}

function unknown(path: FieldPath, known: readonly string[]): LintReport {
  const name = String(path[path.length - 1]);
  const guess = closestName(name, known);
  const parent = path.length > 1 ? fieldPathText(path.slice(0, -1)) : 'the top level';
  return {
    path,
    message: `${fieldPathText(path)} is not a field of ${parent}${guess ? `; did you mean '${guess}'?` : '.'} The API server drops it, so whatever it was meant to set keeps its default.`,
    suggestion: guess ? `Rename it to ${guess}.` : `Remove it, or move it where the CRD defines it (the fields of ${parent}: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''}).`,
  };
}
