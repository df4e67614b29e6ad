import { defineLintRule } from '../../lint/lint-rule.js';
import { fieldPathText } from '../../lint/manifest.js';
import { canarySteps, maxTrafficWeight } from '../../lint/rollout-steps.js';

/** R2: the controller rejects the spec ("SetWeight needs to be between 0 and %d"), so the Rollout goes Degraded. */
export const setWeightOutOfRange = defineLintRule({
  meta: {
    id: 'set-weight-out-of-range',
    category: 'configuration',
    severity: 'error',
    description: 'A setWeight step outside 0..maxTrafficWeight (100 unless trafficRouting.maxTrafficWeight is set), or not a whole number.',
    summary: 'a `setWeight` outside 0..100 (or `maxTrafficWeight`), or not a whole number (R2)',
  },
  check(manifest) {
    if (manifest.kind !== 'Rollout') return [];
    const max = maxTrafficWeight(manifest);
    return canarySteps(manifest).flatMap(({ step, path }) => {
      const weight = step.setWeight;
      if (weight === undefined) return [];
      if (typeof weight === 'number' && Number.isInteger(weight) && weight >= 0 && weight <= max) return [];
      const weightPath = [...path, 'setWeight'];
      return [
        {
          path: weightPath,
          message: `${fieldPathText(weightPath)} is ${JSON.stringify(weight)}; expected a whole number from 0 to ${max} (the controller rejects the Rollout as InvalidSpec).`,
          suggestion: `Use a percentage between 0 and ${max}.`,
        },
      ];
    });
  },
});
