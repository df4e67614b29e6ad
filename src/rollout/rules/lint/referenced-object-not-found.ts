import { defineLintRule, type LintReport } from '../../lint/lint-rule.js';
import { fieldPathText } from '../../lint/manifest.js';
import { KIND_LABELS } from '../../lint/referenced-objects.js';
import { appMeshRouterRef, namedRoutingObjects, namedServices } from '../../lint/rollout-references.js';

/**
 * An object the Rollout names (a Service, Ingress, Istio VirtualService or DestinationRule, Ambassador Mapping, App
 * Mesh VirtualService or VirtualNode, or the VirtualRouter its App Mesh VirtualService routes through) that no linted
 * file defines. The controller needs it, but it may well exist in the cluster (applied by another repository or
 * chart), so this is a notice: the checks that compare it with the Rollout could not run.
 */
export const referencedObjectNotFound = defineLintRule({
  meta: {
    id: 'referenced-object-not-found',
    category: 'configuration',
    severity: 'notice',
    description:
      'A Service, Ingress, VirtualService, DestinationRule, Ambassador Mapping or App Mesh VirtualService, VirtualNode or VirtualRouter the Rollout relies on that no linted manifest defines, so it could not be checked.',
    summary: 'an object the Rollout names (Service, Ingress, Istio, Ambassador or App Mesh object) is not among the linted files',
  },
  check(manifest, { objects }) {
    if (manifest.kind !== 'Rollout') return [];
    const reports: LintReport[] = [];
    for (const { kind, name, path } of [...namedServices(manifest), ...namedRoutingObjects(manifest)]) {
      const found = objects.find(kind, name, manifest);
      if (found) {
        // The VirtualRouter is named by the App Mesh VirtualService, and reported where the Rollout names that.
        const router = kind === 'AppMeshVirtualService' ? appMeshRouterRef(found) : undefined;
        if (router && !objects.find('VirtualRouter', router.name, router.source)) {
          reports.push({
            path,
            message: `${fieldPathText(path)} names the App Mesh VirtualService '${name}' (${found.file}), which routes through the VirtualRouter '${router.name}' that no linted file defines; only the cluster can tell whether it exists, and its checks did not run.`,
            suggestion: 'Lint the folder that holds the VirtualRouter too, or correct virtualRouterRef.',
          });
        }
        continue;
      }
      reports.push({
        path,
        message: `${fieldPathText(path)} names the ${KIND_LABELS[kind]} '${name}', which no linted file defines; only the cluster can tell whether it exists, and its checks against the Rollout did not run.`,
        suggestion: `Lint the folder that holds the ${KIND_LABELS[kind]} too, or correct the name.`,
      });
    }
    return reports;
  },
});
