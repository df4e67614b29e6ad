import { defineRule } from '../rule.js';

/**
 * Reported by the engine for a `predator-guard-ignore` directive that suppressed nothing: a stale directive would
 * silently hide the next real problem on its line.
 */
export const unusedSuppression = defineRule({
  meta: {
    id: 'unused-suppression',
    category: 'hygiene',
    severity: 'notice',
    description: 'A suppression directive that suppresses no finding.',
    languages: ['python', 'typescript'],
  },
  defaultOptions: {},
});
