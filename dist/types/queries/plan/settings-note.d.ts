import type { AnalysedPlan } from './analysed-plan.js';
/** Settings that decide whether sorts and hashes fit in memory. */
export declare const MEMORY_SETTINGS: readonly ["work_mem", "hash_mem_multiplier"];
/** Settings that switch join methods off and so can force a nested loop. */
export declare const JOIN_METHOD_SETTINGS: readonly ["enable_hashjoin", "enable_mergejoin", "enable_nestloop", "enable_memoize"];
/** Settings that switch scan methods off. */
export declare const SCAN_SETTINGS: readonly ["enable_seqscan", "enable_indexscan", "enable_indexonlyscan", "enable_bitmapscan"];
/**
 * A sentence naming the non-default settings, among `names`, that the plan ran with, or '' when there are none. A
 * spill under a forced `work_mem = 64kB` is a test setup, not a query defect, and the finding must say so.
 */
export declare function forcedSettingsNote(plan: AnalysedPlan, names: readonly string[]): string;
