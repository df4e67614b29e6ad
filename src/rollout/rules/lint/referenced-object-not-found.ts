import { defineLintRule } from '../../lint/lint-rule.js';
import { fieldPathText } from '../../lint/manifest.js';
import { namedRoutingObjects, namedServices } from '../../lint/rollout-references.js';

/**
 * A Service, Ingress, VirtualService or DestinationRule the Rollout names that no linted file defines. The
 * controller needs it, but it may well exist in the cluster (applied by another repository or chart), so this is
 * a notice: the checks that compare it with the Rollout could not run.
 */
export const referencedObjectNotFound = defineLintRule({
  meta: {
    id: 'referenced-object-not-found',
    category: 'configuration',
    severity: 'notice',
    description: 'A Service, Ingress, VirtualService or DestinationRule the Rollout names that no linted manifest defines, so it could not be checked.',
    summary: 'a Service, Ingress, VirtualService or DestinationRule the Rollout names is not among the linted files',
  },
  check(manifest, { objects }) {
    if (manifest.kind !== 'Rollout') return [];
    return [...namedServices(manifest), ...namedRoutingObjects(manifest)].flatMap(({ kind, name, path }) => {
      if (objects.find(kind, name, manifest)) return [];
      return [
        {
          path,
          message: `${fieldPathText(path)} names the ${kind} '${name}', which no linted file defines; only the cluster can tell whether it exists, and its checks against the Rollout did not run.`,
          suggestion: `Lint the folder that holds the ${kind} too, or correct the name.`,
        },
      ];
    });
  },
});
