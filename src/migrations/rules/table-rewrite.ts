import { LOCK_TIMEOUT_ADVICE } from '../lock-modes.js';
import { measuredMessage } from '../measure/measured-message.js';
import { defineMeasuredMigrationRule } from '../measured-rule.js';

/**
 * A statement that, applied, rewrote a table holding data (its relfilenode changed) where no static rule reported
 * that table: SET LOGGED, SET ACCESS METHOD, a type change hidden in a DOMAIN, … The
 * rewrite copies every row under ACCESS EXCLUSIVE.
 */
export const tableRewrite = defineMeasuredMigrationRule({
  meta: {
    id: 'table-rewrite',
    category: 'migration',
    severity: 'warning',
    description: 'A statement that rewrote a table holding data when it was applied (measured), which no static rule reported.',
    summary: 'a table holding data rewritten when the migration was applied (measured: relfilenode changed), where no other rule named it',
  },
  check(statement, { measurement, measuredOn, reportedTables }) {
    const rewritten = measurement.rewritten.filter((relation) => measurement.tables.some((table) => table.name === relation) && !reportedTables.has(relation));
    if (rewritten.length === 0) return [];
    const message = measuredMessage(statement.sql, measurement, measuredOn);
    if (message === undefined) return [];
    return [
      {
        message,
        suggestion: `A rewrite copies every row while the lock is held. Make the change without one (add a nullable column and backfill it in batches, keep the table's persistence and access method), or schedule it when the table can be unavailable. ${LOCK_TIMEOUT_ADVICE}`,
        tables: rewritten,
      },
    ];
  },
});
