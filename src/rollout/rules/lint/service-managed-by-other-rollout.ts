import { defineLintRule } from '../../lint/lint-rule.js';
import { asRecord, asString } from '../../lint/plain-data.js';
import { namedServices } from '../../lint/rollout-references.js';

/** The annotation the controller writes on each Service it switches, naming the Rollout that owns it. */
export const MANAGED_BY_ROLLOUTS = 'argo-rollouts.argoproj.io/managed-by-rollouts';

/**
 * A Service the Rollout names that carries the controller's managed-by annotation for a different Rollout: the
 * controller refuses to share a Service between Rollouts (each rewrites its selector), so this Rollout goes
 * InvalidSpec. The annotation is usually written in the cluster, but it reaches manifests that were exported from
 * one, or copied from another Rollout's Service.
 */
export const serviceManagedByOtherRollout = defineLintRule({
  meta: {
    id: 'service-managed-by-other-rollout',
    category: 'configuration',
    severity: 'error',
    description: `A Service the Rollout names (canary, stable, ping, pong, active, preview) whose \`${MANAGED_BY_ROLLOUTS}\` annotation names another Rollout.`,
    summary: 'a Service the Rollout names is annotated as managed by another Rollout',
  },
  check(manifest, { objects }) {
    if (manifest.kind !== 'Rollout') return [];
    return namedServices(manifest).flatMap(({ name, path, role }) => {
      const service = objects.find('Service', name, manifest);
      if (!service) return [];
      const annotations = asRecord(asRecord(service.object.metadata).annotations);
      if (!Object.hasOwn(annotations, MANAGED_BY_ROLLOUTS)) return [];
      const owner = asString(annotations[MANAGED_BY_ROLLOUTS]) ?? String(annotations[MANAGED_BY_ROLLOUTS]);
      if (owner === manifest.name) return [];
      return [
        {
          path,
          message: `${role} '${name}' (${service.file}) is annotated ${MANAGED_BY_ROLLOUTS}: ${owner}, so the controller takes it for a Service of Rollout '${owner}' and refuses to manage it for '${manifest.name}'.`,
          suggestion: `Give Rollout '${manifest.name}' its own Service, or remove the annotation if the Service was copied from another Rollout's.`,
        },
      ];
    });
  },
});
