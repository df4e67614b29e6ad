import { defineLintRule } from '../../lint/lint-rule.js';
import { fieldPathText } from '../../lint/manifest.js';
import { canarySteps, maxTrafficWeight } from '../../lint/rollout-steps.js';

/** R4: after the last step the canary goes to full weight anyway, so nothing was ever verified at full weight. */
export const finalWeightBelowFull = defineLintRule({
  meta: {
    id: 'final-weight-below-full',
    category: 'configuration',
    severity: 'notice',
    description: 'The last setWeight step is below full weight, so the jump to 100% is never paused or analysed.',
    summary: 'the last `setWeight` below full weight: the jump to 100% is never paused or analysed (R4)',
  },
  check(manifest) {
    if (manifest.kind !== 'Rollout') return [];
    const weighted = canarySteps(manifest).filter(({ step }) => typeof step.setWeight === 'number');
    const last = weighted.at(-1);
    const max = maxTrafficWeight(manifest);
    if (!last || (last.step.setWeight as number) >= max) return [];
    const weightPath = [...last.path, 'setWeight'];
    return [
      {
        path: weightPath,
        message: `The last setWeight, ${fieldPathText(weightPath)}, is ${last.step.setWeight as number}: after the last step the canary jumps to ${max}% with no pause or analysis at full weight.`,
        suggestion: `End with setWeight: ${max} followed by a pause or analysis step, or accept the jump knowingly.`,
      },
    ];
  },
});
