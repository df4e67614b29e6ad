import { definePlanRule } from '../../plan-rule.js';
import { SLOW_TRIGGER_DEFAULTS, SLOW_TRIGGER_OPTION_SCHEMAS, slowTriggers, type SlowTriggerOptions } from '../../plan/slow-triggers.js';
import { formatCount, formatMs, formatShare } from '../../plan/plan-numbers.js';
import { isForeignKeyAction, isForeignKeyTrigger } from '../../plan/trigger-kind.js';

/** Referencing tables smaller than this are searched in well under a millisecond, index or not. */
export const MIN_REFERENCING_ROWS_DEFAULT = 1000;

/** The cause an action trigger's finding gives; replaced where the database shows the columns are indexed (db/indexed-foreign-keys.ts). */
export const SEARCHES_REFERENCING_TABLE = ' Each call searches the referencing table: index its foreign-key columns.';

export const slowForeignKeyCheck = definePlanRule({
  meta: {
    id: 'slow-foreign-key-check',
    category: 'performance',
    severity: 'warning',
    description: 'A foreign-key trigger that took a large share of the execution time, usually for want of an index on the referencing columns; a notice naming the index when the audited database shows they are indexed.',
    summary: 'a foreign-key trigger taking ≥ 10% of the execution time (index the referencing columns)',
    options: {
      ...SLOW_TRIGGER_OPTION_SCHEMAS,
      'min-referencing-rows': {
        type: 'integer',
        minimum: 0,
        description:
          'With the audited database at hand (SQL files), an ON DELETE/UPDATE check of a referencing table with fewer rows is a notice: no index changes a search that small, so its time is the machine\'s (default 1000).',
      },
    },
  },
  needs: ['analyze'],
  defaultOptions: { ...SLOW_TRIGGER_DEFAULTS, 'min-referencing-rows': MIN_REFERENCING_ROWS_DEFAULT },
  check({ plan, options, report }) {
    for (const { trigger, executionMs: execution } of slowTriggers(plan, options)) {
      if (!isForeignKeyTrigger(trigger)) continue;
      const constraint = trigger.constraint ? `constraint ${trigger.constraint}` : trigger.name;
      const action = isForeignKeyAction(trigger);
      const cause = action
        ? SEARCHES_REFERENCING_TABLE
        : ' Each call looks up the referenced key: check that the referenced columns have a unique index and are not locked by other sessions.';
      report({
        message:
          `Foreign-key check for ${constraint}${trigger.relation ? ` on ${trigger.relation}` : ''} took ${formatMs(trigger.timeMs)} over ` +
          `${formatCount(trigger.calls)} calls, ${formatShare(trigger.timeMs / execution)} of the ${formatMs(execution)} execution time.${cause}`,
        suggestion: 'CREATE INDEX CONCURRENTLY on the referencing table over the constraint\'s columns, in their order.',
        data: { trigger: trigger.name, constraint: trigger.constraint, action, timeMs: trigger.timeMs, calls: trigger.calls },
      });
    }
  },
});
