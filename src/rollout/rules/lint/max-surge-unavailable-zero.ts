import { defineLintRule } from '../../lint/lint-rule.js';
import { CANARY_PATH, canaryStrategy } from '../../lint/rollout-steps.js';

/**
 * A canary with maxSurge and maxUnavailable both 0 could never replace a pod: no extra pod may start, none may
 * stop. The controller refuses it. Both default to 25%, so only values written as 0 (or "0%") count.
 */
export const maxSurgeUnavailableZero = defineLintRule({
  meta: {
    id: 'max-surge-unavailable-zero',
    category: 'configuration',
    severity: 'error',
    description: 'A canary strategy whose maxSurge and maxUnavailable are both zero.',
    summary: 'canary `maxSurge` and `maxUnavailable` both 0: no pod could ever be replaced',
  },
  check(manifest) {
    if (manifest.kind !== 'Rollout') return [];
    const canary = canaryStrategy(manifest);
    if (!canary || !isZero(canary.maxSurge) || !isZero(canary.maxUnavailable)) return [];
    return [
      {
        path: [...CANARY_PATH, 'maxSurge'],
        message: 'spec.strategy.canary.maxSurge and maxUnavailable are both 0: no pod may be added and none removed, so the controller refuses the spec.',
        suggestion: 'Let one of them be above zero (both default to 25%).',
      },
    ];
  },
});

/** 0 or "0%"; an unset value defaults to 25%, and an arg placeholder is unknown until run time. */
function isZero(value: unknown): boolean {
  if (typeof value === 'number') return value === 0;
  return typeof value === 'string' && /^0+%?$/.test(value.trim());
}
