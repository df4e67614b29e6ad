import { defineLintRule } from '../../lint/lint-rule.js';
import { asList, asRecord, asString, isRecord } from '../../lint/plain-data.js';
import { CANARY_PATH, canaryStrategy } from '../../lint/rollout-steps.js';

/**
 * An SMI TrafficSplit in the linted files with the name the Rollout's SMI routing uses (`trafficSplitName`, by default
 * the Rollout's own name). The controller creates that TrafficSplit itself, owned by the Rollout, and refuses to patch
 * one it does not own ("Rollout does not own TrafficSplit"), so every weight change fails. A manifest cannot carry
 * the Rollout's ownership (it needs the Rollout's uid), unless it was exported from a cluster with its owner
 * reference, which is left alone.
 */
export const trafficSplitNotOwned = defineLintRule({
  meta: {
    id: 'traffic-split-not-owned',
    category: 'configuration',
    severity: 'error',
    description: "An SMI TrafficSplit among the linted files named as the Rollout's SMI trafficSplitName (by default the Rollout's name), which the controller does not own and so refuses to patch.",
    summary: 'an SMI TrafficSplit the manifests apply under the name the controller creates and owns',
  },
  check(manifest, { objects }) {
    if (manifest.kind !== 'Rollout') return [];
    const smi = asRecord(canaryStrategy(manifest)?.trafficRouting).smi;
    if (!isRecord(smi)) return [];
    const named = asString(smi.trafficSplitName);
    const name = named || manifest.name;
    const split = objects.find('TrafficSplit', name, manifest);
    if (!split) return [];
    const owned = asList(asRecord(split.object.metadata).ownerReferences).some((ref) => {
      const owner = asRecord(ref);
      return owner.kind === 'Rollout' && owner.name === manifest.name && owner.controller === true;
    });
    if (owned) return [];
    const path = named ? [...CANARY_PATH, 'trafficRouting', 'smi', 'trafficSplitName'] : [...CANARY_PATH, 'trafficRouting', 'smi'];
    return [
      {
        path,
        message: `SMI TrafficSplit '${name}' (${split.file}) is applied from the manifests, so Rollout '${manifest.name}' does not own it; the controller creates and patches this TrafficSplit itself and refuses one it does not own, so every weight change fails.`,
        suggestion: `Remove TrafficSplit '${name}' from the manifests: the controller creates it${named ? '' : " (named after the Rollout when trafficSplitName is unset)"}.`,
      },
    ];
  },
});
