import { definePlanRule } from '../plan-rule.js';
import { formatCount, formatMs, formatShare } from '../plan/plan-numbers.js';
import { isForeignKeyTrigger } from '../plan/trigger-kind.js';

interface Options {
  'min-trigger-ms': number;
  'min-time-share': number;
}

export const slowTrigger = definePlanRule<Options>({
  meta: {
    id: 'slow-trigger',
    category: 'performance',
    severity: 'warning',
    description: "A user trigger that took a large share of the statement's execution time.",
    needs: ['analyze'],
    options: {
      'min-trigger-ms': { type: 'number', minimum: 0, description: 'Shortest trigger time reported, in ms (default 10).' },
      'min-time-share': { type: 'number', minimum: 0, maximum: 1, description: 'Share of the execution time the trigger must take (default 0.1).' },
    },
  },
  defaultOptions: { 'min-trigger-ms': 10, 'min-time-share': 0.1 },
  check({ plan, options, report }) {
    const execution = plan.executionTimeMs;
    if (!execution) return;
    for (const trigger of plan.triggers) {
      // Foreign-key checks have their own rule (slow-foreign-key-check), with the index fix.
      if (isForeignKeyTrigger(trigger)) continue;
      if (trigger.timeMs < options['min-trigger-ms'] || trigger.timeMs / execution < options['min-time-share']) continue;
      report({
        message:
          `Trigger ${trigger.name}${trigger.relation ? ` on ${trigger.relation}` : ''} took ${formatMs(trigger.timeMs)} over ` +
          `${formatCount(trigger.calls)} calls, ${formatShare(trigger.timeMs / execution)} of the ${formatMs(execution)} execution time.`,
        suggestion: 'Look at what the trigger function runs per row: a statement-level trigger with transition tables does the work once.',
        data: { trigger: trigger.name, timeMs: trigger.timeMs, calls: trigger.calls },
      });
    }
  },
});
