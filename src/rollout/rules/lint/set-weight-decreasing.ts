import { defineLintRule } from '../../lint/lint-rule.js';
import { fieldPathText, type FieldPath } from '../../lint/manifest.js';
import type { LintReport } from '../../lint/lint-rule.js';
import { canarySteps } from '../../lint/rollout-steps.js';

/** R3: the controller allows a lower weight later on, but shrinking the canary mid-rollout is almost always a typo. */
export const setWeightDecreasing = defineLintRule({
  meta: {
    id: 'set-weight-decreasing',
    category: 'configuration',
    severity: 'notice',
    description: 'A setWeight step lower than an earlier one.',
    summary: 'a `setWeight` lower than an earlier one (R3)',
  },
  check(manifest) {
    if (manifest.kind !== 'Rollout') return [];
    const reports: LintReport[] = [];
    let highest: { weight: number; path: FieldPath } | undefined;
    for (const { step, path } of canarySteps(manifest)) {
      if (typeof step.setWeight !== 'number') continue;
      const weightPath = [...path, 'setWeight'];
      if (highest && step.setWeight < highest.weight) {
        reports.push({
          path: weightPath,
          message: `${fieldPathText(weightPath)} is ${step.setWeight}, lower than ${highest.weight} at ${fieldPathText(highest.path)}: the canary would shrink mid-rollout.`,
          suggestion: 'Order the setWeight steps from low to high.',
        });
        continue;
      }
      if (!highest || step.setWeight > highest.weight) highest = { weight: step.setWeight, path: weightPath };
    }
    return reports;
  },
});
