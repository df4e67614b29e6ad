import type { PlanRule } from '../plan-rule.js';
import { filterHeavyScan } from './filter-heavy-scan.js';
import { hashSpill } from './hash-spill.js';
import { indexOnlyHeapFetches } from './index-only-heap-fetches.js';
import { inefficientIndexScan } from './inefficient-index-scan.js';
import { jitOverhead } from './jit-overhead.js';
import { lossyBitmap } from './lossy-bitmap.js';
import { nestedLoopAmplification } from './nested-loop-amplification.js';
import { nonDefaultSettings } from './non-default-settings.js';
import { planningOverExecution } from './planning-over-execution.js';
import { rowMisestimate } from './row-misestimate.js';
import { seqScanSelectiveFilter } from './seq-scan-selective-filter.js';
import { slowForeignKeyCheck } from './slow-foreign-key-check.js';
import { slowTrigger } from './slow-trigger.js';
import { sortSpill } from './sort-spill.js';
import { workersNotLaunched } from './workers-not-launched.js';

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
