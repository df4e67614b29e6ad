import { defineLintRule } from '../../lint/lint-rule.js';
import { asRecord, asString } from '../../lint/plain-data.js';
import { namedServices } from '../../lint/rollout-references.js';

/** The label the controller adds to each ReplicaSet's pods and to the selector of the Services it manages. */
const POD_TEMPLATE_HASH = 'rollouts-pod-template-hash';

/**
 * A Service the Rollout names whose selector asks for a label the Rollout's pods do not carry: the Service would
 * select no pod of this Rollout, so the controller refuses the Service. Checked as the kubectl plugin's lint does,
 * against spec.template's labels; a Rollout with workloadRef takes its pods from the workload, so it is left alone.
 */
export const serviceSelectorMismatch = defineLintRule({
  meta: {
    id: 'service-selector-mismatch',
    category: 'configuration',
    severity: 'error',
    description: "A Service the Rollout names (canary, stable, ping, pong, active, preview) whose selector has a label the Rollout's pod template does not carry with that value.",
    summary: "a Service the Rollout names selects a label its pod template does not carry",
  },
  check(manifest, { objects }) {
    if (manifest.kind !== 'Rollout') return [];
    const spec = asRecord(manifest.object.spec);
    if (spec.workloadRef !== undefined) return [];
    const labels = asRecord(asRecord(asRecord(spec.template).metadata).labels);
    return namedServices(manifest).flatMap(({ name, path, role }) => {
      const service = objects.find('Service', name, manifest);
      if (!service) return [];
      const selector = asRecord(asRecord(service.object.spec).selector);
      return Object.entries(selector)
        .filter(([key, value]) => key !== POD_TEMPLATE_HASH && String(labels[key]) !== String(value))
        .map(([key, value]) => ({
          path,
          message: `${role} '${name}' (${service.file}) selects ${key}=${String(value)}, but the Rollout's pod template ${asString(labels[key]) === undefined && labels[key] === undefined ? `has no label ${key}` : `labels ${key}=${String(labels[key])}`}: the controller refuses a Service that selects none of its pods.`,
          suggestion: `Make the Service's selector match spec.template.metadata.labels (or add ${key}: ${String(value)} to them).`,
        }));
    });
  },
});
