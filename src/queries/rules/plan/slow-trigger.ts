import { definePlanRule } from '../../plan-rule.js';
import { SLOW_TRIGGER_DEFAULTS, SLOW_TRIGGER_OPTION_SCHEMAS, slowTriggers, type SlowTriggerOptions } from '../../plan/slow-triggers.js';
import { formatCount, formatMs, formatShare } from '../../plan/plan-numbers.js';
import { isForeignKeyTrigger } from '../../plan/trigger-kind.js';

export const slowTrigger = definePlanRule({
  meta: {
    id: 'slow-trigger',
    category: 'performance',
    severity: 'warning',
    description: "A user trigger that took a large share of the statement's execution time.",
    summary: 'a user trigger taking ≥ 10% of the execution time',
    options: SLOW_TRIGGER_OPTION_SCHEMAS,
  },
  needs: ['analyze'],
  defaultOptions: SLOW_TRIGGER_DEFAULTS,
  check({ plan, options, report }) {
    for (const { trigger, executionMs: execution } of slowTriggers(plan, options)) {
      // Foreign-key checks have their own rule (slow-foreign-key-check), with the index fix.
      if (isForeignKeyTrigger(trigger)) continue;
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
