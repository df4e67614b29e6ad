import { defineLintRule } from '../../lint/lint-rule.js';
import { STEP_KINDS, stepKinds } from '../../status/step-kind.js';
import { fieldPathText } from '../../lint/manifest.js';
import { canarySteps } from '../../lint/rollout-steps.js';

/** R7: the controller rejects a step that sets no kind or several ("Step must have one of the following set"). */
export const invalidStep = defineLintRule({
  meta: {
    id: 'invalid-step',
    category: 'configuration',
    severity: 'error',
    description: 'A canary step that sets none, or more than one, of setWeight, pause, experiment, analysis, setCanaryScale, setHeaderRoute, setMirrorRoute and plugin.',
    summary: 'a step setting none, or several, of setWeight, pause, analysis, experiment, … (R7)',
  },
  check(manifest) {
    if (manifest.kind !== 'Rollout') return [];
    return canarySteps(manifest).flatMap(({ step, path }) => {
      const kinds = stepKinds(step);
      if (kinds.length === 1) return [];
      const found = kinds.length === 0 ? 'none of them' : kinds.join(' and ');
      return [
        {
          path,
          message: `${fieldPathText(path)} sets ${found}; a step must set exactly one of ${STEP_KINDS.join(', ')}.`,
          suggestion: kinds.length === 0 ? 'Give the step one action, or remove it.' : 'Split it into one step per action, in the order they should run.',
        },
      ];
    });
  },
});
