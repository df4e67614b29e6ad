import { definePlanRule } from '../plan-rule.js';
import { formatCount, formatMs, formatShare } from '../plan/plan-numbers.js';
import { isForeignKeyAction, isForeignKeyTrigger } from '../plan/trigger-kind.js';

interface Options {
  'min-trigger-ms': number;
  'min-time-share': number;
}

export const slowForeignKeyCheck = definePlanRule<Options>({
  meta: {
    id: 'slow-foreign-key-check',
    category: 'performance',
    severity: 'warning',
    description: 'A foreign-key trigger that took a large share of the execution time, usually for want of an index on the referencing columns.',
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
      if (!isForeignKeyTrigger(trigger)) continue;
      if (trigger.timeMs < options['min-trigger-ms'] || trigger.timeMs / execution < options['min-time-share']) continue;
      const constraint = trigger.constraint ? `constraint ${trigger.constraint}` : trigger.name;
      const cause = isForeignKeyAction(trigger)
        ? ' Each call searches the referencing table: index its foreign-key columns.'
        : ' Each call looks up the referenced key: check that the referenced columns have a unique index and are not locked by other sessions.';
      report({
        message:
          `Foreign-key check for ${constraint}${trigger.relation ? ` on ${trigger.relation}` : ''} took ${formatMs(trigger.timeMs)} over ` +
          `${formatCount(trigger.calls)} calls, ${formatShare(trigger.timeMs / execution)} of the ${formatMs(execution)} execution time.${cause}`,
        suggestion: 'CREATE INDEX CONCURRENTLY on the referencing table over the constraint\'s columns, in their order.',
        data: { trigger: trigger.name, constraint: trigger.constraint, timeMs: trigger.timeMs, calls: trigger.calls },
      });
    }
  },
});
