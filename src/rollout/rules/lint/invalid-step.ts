import { defineLintRule } from '../../lint/lint-rule.js';
import { STEP_KINDS, stepKinds } from '../../status/step-kind.js';
import { fieldPathText } from '../../lint/manifest.js';
import { canarySteps } from '../../lint/rollout-steps.js';

/**
 * The step types that exclude one another. setCanaryScale, setHeaderRoute, setMirrorRoute and plugin may share a
 * step with each other and with one of these, as the controller allows (upstream's own examples do so).
 */
const EXCLUSIVE_KINDS = ['setWeight', 'pause', 'experiment', 'analysis'] as const;

/** R7: the controller rejects a step that sets no action, or two of setWeight, pause, experiment and analysis. */
export const invalidStep = defineLintRule({
  meta: {
    id: 'invalid-step',
    category: 'configuration',
    severity: 'error',
    description:
      'A canary step that sets none of setWeight, pause, experiment, analysis, setCanaryScale, setHeaderRoute, setMirrorRoute and plugin, or more than one of setWeight, pause, experiment and analysis.',
    summary: 'a step setting no action, or two of setWeight, pause, experiment and analysis (R7)',
  },
  check(manifest) {
    if (manifest.kind !== 'Rollout') return [];
    return canarySteps(manifest).flatMap(({ step, path }) => {
      const kinds = stepKinds(step);
      const exclusive = EXCLUSIVE_KINDS.filter((kind) => kinds.includes(kind));
      if (kinds.length === 0) {
        return [{ path, message: `${fieldPathText(path)} sets none of ${STEP_KINDS.join(', ')}; a step needs one action.`, suggestion: 'Give the step one action, or remove it.' }];
      }
      if (exclusive.length <= 1) return [];
      return [
        {
          path,
          message: `${fieldPathText(path)} sets ${exclusive.join(' and ')}; a step may set only one of ${EXCLUSIVE_KINDS.join(', ')}.`,
          suggestion: 'Split it into one step per action, in the order they should run.',
        },
      ];
    });
  },
});
