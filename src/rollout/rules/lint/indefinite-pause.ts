import { defineLintRule } from '../../lint/lint-rule.js';
import { fieldPathText } from '../../lint/manifest.js';
import { canarySteps } from '../../lint/rollout-steps.js';
import { isIndefinitePause } from '../../status/step-kind.js';

/** R5: `kubectl argo rollouts status` never exits on Paused (argo-rollouts #1389), so a CI gate waits until its timeout. */
export const indefinitePause = defineLintRule({
  meta: {
    id: 'indefinite-pause',
    category: 'configuration',
    severity: 'notice',
    description: 'A pause step without a duration, which waits for a manual promote.',
    summary: '`pause: {}` with no duration: waits for a manual promote, so a CI gate times out (R5)',
  },
  check(manifest) {
    if (manifest.kind !== 'Rollout') return [];
    return canarySteps(manifest).flatMap(({ step, path }) => {
      if (!isIndefinitePause(step)) return [];
      const pausePath = [...path, 'pause'];
      return [
        {
          path: pausePath,
          message: `${fieldPathText(pausePath)} has no duration: the rollout stays Paused until someone runs 'kubectl argo rollouts promote', so a CI gate waits until its timeout.`,
          suggestion: 'Give the pause a duration (pause: {duration: 10m}), or set success-on-pause when a manual promotion is intended.',
        },
      ];
    });
  },
});
