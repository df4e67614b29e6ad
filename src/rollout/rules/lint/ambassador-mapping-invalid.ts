import { defineLintRule, type LintReport } from '../../lint/lint-rule.js';
import { fieldPathText } from '../../lint/manifest.js';
import { asList, asRecord, isRecord } from '../../lint/plain-data.js';
import { namedRoutingObjects } from '../../lint/rollout-references.js';
import { CANARY_PATH, canaryStrategy } from '../../lint/rollout-steps.js';

/**
 * What the controller refuses about Ambassador routing: `trafficRouting.ambassador` naming no Mapping, and a Mapping
 * it names (looked up among the linted files) that sets its own `spec.weight`. The controller routes the canary by
 * creating a `<mapping>-canary` Mapping with the weight, so the base Mapping must leave weight unset (or 0).
 */
export const ambassadorMappingInvalid = defineLintRule({
  meta: {
    id: 'ambassador-mapping-invalid',
    category: 'configuration',
    severity: 'error',
    description: 'Ambassador traffic routing without a Mapping, or a Mapping the Rollout names that sets a non-zero spec.weight.',
    summary: 'Ambassador routing with no Mapping, or a named Mapping that sets its own weight',
  },
  check(manifest, { objects }) {
    if (manifest.kind !== 'Rollout') return [];
    const ambassador = asRecord(canaryStrategy(manifest)?.trafficRouting).ambassador;
    if (!isRecord(ambassador)) return [];
    const reports: LintReport[] = [];
    if (asList(ambassador.mappings).length === 0) {
      const path = [...CANARY_PATH, 'trafficRouting', 'ambassador'];
      reports.push({ path, message: `${fieldPathText(path)} names no Mapping; the controller needs at least one in mappings to route the canary.`, suggestion: 'List the Ambassador Mappings of the stable Service under mappings.' });
    }
    for (const named of namedRoutingObjects(manifest)) {
      if (named.kind !== 'Mapping') continue;
      const mapping = objects.find('Mapping', named.name, manifest);
      const weight = asRecord(mapping?.object.spec).weight;
      // As the controller reads it: only a whole number counts; 0 is the same as none.
      if (!mapping || typeof weight !== 'number' || !Number.isInteger(weight) || weight === 0) continue;
      reports.push({
        path: named.path,
        message: `Ambassador Mapping '${named.name}' (${mapping.file}) sets spec.weight: ${weight}; the controller refuses a Mapping that sets its own weight, since it weights the canary with a Mapping of its own.`,
        suggestion: `Remove spec.weight from Mapping '${named.name}'.`,
      });
    }
    return reports;
  },
});
