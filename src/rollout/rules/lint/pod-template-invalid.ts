import { defineLintRule } from '../../lint/lint-rule.js';
import { fieldPathText } from '../../lint/manifest.js';
import { asRecord, isRecord } from '../../lint/plain-data.js';
import { podTemplateProblems } from '../../lint/pod-template-problems.js';

/**
 * What the controller refuses about a Rollout's pod template: it validates spec.template as Kubernetes validates a
 * ReplicaSet's (after filling in defaults), so a template the API server would refuse for a ReplicaSet makes the
 * Rollout InvalidSpec. The checks that can be told from the manifest are in pod-template-problems. A Rollout with
 * workloadRef takes its template from the workload; a Rollout without a selector may be a patch, so its missing
 * containers are left to the Rollout it completes.
 */
export const podTemplateInvalid = defineLintRule({
  meta: {
    id: 'pod-template-invalid',
    category: 'configuration',
    severity: 'error',
    description:
      "A Rollout pod template Kubernetes would refuse for a ReplicaSet: no containers, a container without a valid unique name or an image, invalid ports, mounts of undeclared volumes, a liveness or startup successThreshold other than 1, a restartPolicy other than Always, activeDeadlineSeconds, or invalid labels and policies.",
    summary: "a pod template Kubernetes refuses for a ReplicaSet (containers, names, ports, mounts, restartPolicy, …)",
  },
  check(manifest) {
    if (manifest.kind !== 'Rollout') return [];
    const spec = asRecord(manifest.object.spec);
    if (spec.workloadRef !== undefined || !isRecord(spec.template)) return [];
    return podTemplateProblems(spec.template, isRecord(spec.selector)).map(({ path, problem, suggestion }) => ({
      path,
      message: `${fieldPathText(path)} ${problem}: the controller validates the pod template as a ReplicaSet's and refuses the Rollout.`,
      suggestion,
    }));
  },
});
