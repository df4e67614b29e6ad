import type { AnalysedPlan } from './analysed-plan.js';

/** Settings that decide whether sorts and hashes fit in memory. */
export const MEMORY_SETTINGS = ['work_mem', 'hash_mem_multiplier'] as const;
/** Settings that switch join methods off and so can force a nested loop. */
export const JOIN_METHOD_SETTINGS = ['enable_hashjoin', 'enable_mergejoin', 'enable_nestloop', 'enable_memoize'] as const;
/** Settings that switch scan methods off. */
export const SCAN_SETTINGS = ['enable_seqscan', 'enable_indexscan', 'enable_indexonlyscan', 'enable_bitmapscan'] as const;

/**
 * A sentence naming the non-default settings, among `names`, that the plan ran with, or '' when there are none. A
 * spill under a forced `work_mem = 64kB` is a test setup, not a query defect, and the finding must say so.
 */
export function forcedSettingsNote(plan: AnalysedPlan, names: readonly string[]): string {
  const forced = names.filter((name) => plan.settings[name] !== undefined).map((name) => `${name} = ${plan.settings[name]}`);
  if (forced.length === 0) return '';
  return ` The plan ran with ${forced.join(', ')} (not the default), which may be the cause: check the setting before changing the query.`;
}
