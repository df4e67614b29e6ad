import type { PlanRule } from './plan-rule.js';
import { filterHeavyScan } from './rules/plan/filter-heavy-scan.js';
import { hashSpill } from './rules/plan/hash-spill.js';
import { indexOnlyHeapFetches } from './rules/plan/index-only-heap-fetches.js';
import { inefficientIndexScan } from './rules/plan/inefficient-index-scan.js';
import { jitOverhead } from './rules/plan/jit-overhead.js';
import { lossyBitmap } from './rules/plan/lossy-bitmap.js';
import { nestedLoopAmplification } from './rules/plan/nested-loop-amplification.js';
import { nonDefaultSettings } from './rules/plan/non-default-settings.js';
import { planningOverExecution } from './rules/plan/planning-over-execution.js';
import { rowMisestimate } from './rules/plan/row-misestimate.js';
import { seqScanSelectiveFilter } from './rules/plan/seq-scan-selective-filter.js';
import { slowForeignKeyCheck } from './rules/plan/slow-foreign-key-check.js';
import { slowTrigger } from './rules/plan/slow-trigger.js';
import { sortSpill } from './rules/plan/sort-spill.js';
import { workersNotLaunched } from './rules/plan/workers-not-launched.js';

/** Every plan rule, alphabetically. Metadata only is read by the rule catalog: the modules import no client. */
export const PLAN_RULES: readonly PlanRule<unknown>[] = [
  filterHeavyScan,
  hashSpill,
  indexOnlyHeapFetches,
  inefficientIndexScan,
  jitOverhead,
  lossyBitmap,
  nestedLoopAmplification,
  nonDefaultSettings,
  planningOverExecution,
  rowMisestimate,
  seqScanSelectiveFilter,
  slowForeignKeyCheck,
  slowTrigger,
  sortSpill,
  workersNotLaunched,
];
