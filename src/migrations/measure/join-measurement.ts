import type { Finding } from '../../core/finding.js';
import type { StatementMeasurement } from './statement-measurement.js';
import { blockedStatements } from '../lock-modes.js';
import { measuredMessage } from './measured-message.js';

/**
 * The static rules whose message is about the statement's lock on a table: once the lock is measured, the measured
 * line replaces theirs (the rule's reasoning stays in its suggestion and docs page). The others (renames, drops,
 * lock_timeout, names) keep their message and gain the measurement in their data.
 */
const LOCK_RULES = new Set([
  'column-type-change',
  'constraint-without-not-valid',
  'generated-column-rewrite',
  'non-concurrent-detach-partition',
  'non-concurrent-drop-index',
  'non-concurrent-index',
  'non-concurrent-reindex',
  'set-not-null-scan',
  'unique-constraint-without-index',
  'vacuum-full',
  'volatile-column-default',
]);

/** Whether a rule's finding is about its statement's lock or rewrite (so a measured rule need not name it again). */
export function isLockRule(rule: string): boolean {
  return LOCK_RULES.has(rule);
}

/** The finding's data once its statement was applied: what was measured, or why it was not. */
export function measurementData(measurement: StatementMeasurement, measuredOn: string): Record<string, unknown> {
  if (!measurement.measured) {
    const documented = measurement.documented ? { documentedLock: { ...measurement.documented, blocks: blockedStatements(measurement.documented.mode) } } : {};
    return { measured: false, notMeasured: measurement.reason, ...documented };
  }
  const { locks, heldBefore, rewritten, tables, durationMs, emptied } = measurement;
  // Which everyday statements each lock holds up, from PostgreSQL's conflict table.
  const withBlocks = locks.map((lock) => ({ ...lock, blocks: blockedStatements(lock.mode) }));
  return { measured: { on: measuredOn, locks: withBlocks, heldBefore, rewritten, tables, durationMs, ...(emptied ? { emptied } : {}) } };
}

/** Puts a statement's measurement into the findings the static rules made for it. */
export function joinMeasurement(findings: Finding[], sql: string, measurement: StatementMeasurement, measuredOn: string): void {
  for (const finding of findings) {
    const named = (finding.data?.tables as string[] | undefined) ?? [];
    const message = measurement.measured && LOCK_RULES.has(finding.rule) ? measuredMessage(sql, measurement, measuredOn, named) : undefined;
    finding.data = { ...finding.data, ...measurementData(measurement, measuredOn) };
    if (message !== undefined) finding.message = message;
  }
}
