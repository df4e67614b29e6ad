import { definePlanRule } from '../../plan-rule.js';
import { executedNodes, numberField, stringField, type PlanNode } from '../../plan/plan-node.js';
import { formatCount, formatMs, formatShare } from '../../plan/plan-numbers.js';
import { gradedSeverity } from '../../plan/graded-severity.js';

interface Options {
  'min-removed-rows': number;
  'min-removed-share': number;
  'warning-min-ms': number;
  'warning-min-rows': number;
  'warning-max-kept-share': number;
}

/** Index scans have their own rule (inefficient-index-scan): their remedy is a better index, not a first one. */
const INDEX_SCANS = new Set(['Index Scan', 'Index Only Scan']);

export const filterHeavyScan = definePlanRule({
  meta: {
    id: 'filter-heavy-scan',
    category: 'performance',
    severity: 'warning',
    description:
      'A scan whose filter throws away most of the rows it reads. A warning only when the scan is material (its time, or the rows it reads when the plan has no timing) and the filter selective; otherwise a notice.',
    summary:
      'a scan whose filter removes ≥ 1,000 rows and > 50% of those read; a warning from 10 ms and 10,000 rows read with ≤ 10% kept, a notice below',
    options: {
      'min-removed-rows': { type: 'integer', minimum: 1, description: 'Fewest rows removed by the filter, over all loops (default 1000).' },
      'min-removed-share': { type: 'number', minimum: 0, maximum: 1, description: 'Share of read rows the filter must remove, exclusive (default 0.5).' },
      'warning-min-ms': {
        type: 'number',
        minimum: 0,
        description: 'Time of the scan over all loops, in ms, from which it is a warning rather than a notice (default 10); not applied to a plan without timing.',
      },
      'warning-min-rows': { type: 'integer', minimum: 1, description: 'Rows read over all loops from which the scan is a warning rather than a notice (default 10000).' },
      'warning-max-kept-share': {
        type: 'number',
        minimum: 0,
        maximum: 1,
        description: 'Largest share of the read rows the filter keeps for a warning (default 0.1); a filter keeping more is a notice, as an index would not be chosen for it.',
      },
    },
  },
  needs: ['analyze'],
  supersededBy: ['seq-scan-selective-filter'],
  defaultOptions: {
    'min-removed-rows': 1000,
    'min-removed-share': 0.5,
    'warning-min-ms': 10,
    'warning-min-rows': 10_000,
    'warning-max-kept-share': 0.1,
  } satisfies Options,
  check({ plan, options, report }) {
    for (const node of executedNodes(plan.root)) {
      const filter = stringField(node.fields, 'Filter');
      if (!node.nodeType.endsWith('Scan') || INDEX_SCANS.has(node.nodeType) || !node.actual || !filter) continue;
      const removed = node.actual.removedByFilter;
      const read = node.actual.rows + removed;
      if (removed < options['min-removed-rows'] || removed / read <= options['min-removed-share']) continue;
      const timed = numberField(node.fields, 'Actual Total Time') !== undefined;
      const material = read >= options['warning-min-rows'] && (!timed || node.actual.totalTimeMs >= options['warning-min-ms']);
      const selective = node.actual.rows / read <= options['warning-max-kept-share'];
      const graded = gradedSeverity(noticeReason(node, timed, material, selective));
      report({
        node,
        message: `${node.path} removed ${formatCount(removed)} of ${formatCount(read)} rows (${formatShare(removed / read)}) with filter ${filter}${graded.note}.`,
        suggestion: 'Index the filtered columns, or a partial index when the filter is a constant condition; a leading-wildcard pattern needs a pg_trgm GIN index, not a btree.',
        severity: graded.severity,
        data: { rowsRead: read, rowsRemoved: removed, ...(timed ? { timeMs: node.actual.totalTimeMs } : {}) },
      });
    }
  },
});

/**
 * Why a DBA would leave the scan as it is: a pass over a small table or one that takes a few milliseconds costs less
 * than an index to maintain, and a filter keeping a large share would not be served by an index anyway.
 */
function noticeReason(node: PlanNode, timed: boolean, material: boolean, selective: boolean): string | undefined {
  if (material && selective) return undefined;
  const reasons: string[] = [];
  const actual = node.actual!;
  const read = actual.rows + actual.removedByFilter;
  if (!material) reasons.push(`it read ${formatCount(read)} rows${timed ? ` in ${formatMs(actual.totalTimeMs)}` : ''}`);
  if (!selective) reasons.push(`it keeps ${formatShare(actual.rows / read)} of them, too many for an index to be chosen`);
  return reasons.join('; ');
}
