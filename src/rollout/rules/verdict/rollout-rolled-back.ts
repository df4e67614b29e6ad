import { defineVerdictRule } from '../../cluster/verdict-rule.js';
import type { ClusterRollout } from '../../cluster/rollout-api.js';

/** A fast rollback to the stable template also ends Healthy, so Healthy alone does not prove the new image runs. */
export const rolloutRolledBack = defineVerdictRule({
  meta: {
    id: 'rollout-rolled-back',
    category: 'release',
    severity: 'error',
    description: 'A Rollout that ended Healthy without running the image the pull request deployed.',
    summary: 'a Rollout that ended Healthy without running the image the pull request deployed (`image` / `--image`)',
  },
  check(outcome, context) {
    if (outcome.ending !== 'healthy' || context.image === undefined) return undefined;
    const images = templateImages(outcome.rollout);
    if (images.includes(context.image)) return undefined;
    const { name, namespace } = outcome.ref;
    return {
      message: `Rollout '${name}' in namespace '${namespace}' is Healthy but its pod template runs ${images.length > 0 ? images.join(', ') : 'no image'}, not ${context.image}: the release was rolled back.`,
      suggestion: `Check the rollout's history (kubectl argo rollouts get rollout ${name} -n ${namespace}) for the rollback, or pass the image the deploy step applied as --image.`,
    };
  },
});

function templateImages(rollout: ClusterRollout): string[] {
  return (rollout.spec?.template?.spec?.containers ?? []).flatMap((container) => (container.image ? [container.image] : []));
}
