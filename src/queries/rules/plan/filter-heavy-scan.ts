import { definePlanRule } from '../../plan-rule.js';
import { executedNodes, stringField } from '../../plan/plan-node.js';
import { formatCount, formatShare } from '../../plan/plan-numbers.js';

interface Options {
  'min-removed-rows': number;
  'min-removed-share': number;
}

/** Index scans have their own rule (inefficient-index-scan): their remedy is a better index, not a first one. */
const INDEX_SCANS = new Set(['Index Scan', 'Index Only Scan']);

export const filterHeavyScan = definePlanRule({
  meta: {
    id: 'filter-heavy-scan',
    category: 'performance',
    severity: 'warning',
    description: 'A scan whose filter throws away most of the rows it reads.',
    summary: 'a scan whose filter removes ≥ 1,000 rows and > 50% of those read',
    options: {
      'min-removed-rows': { type: 'integer', minimum: 1, description: 'Fewest rows removed by the filter, over all loops (default 1000).' },
      'min-removed-share': { type: 'number', minimum: 0, maximum: 1, description: 'Share of read rows the filter must remove, exclusive (default 0.5).' },
    },
  },
  needs: ['analyze'],
  supersededBy: ['seq-scan-selective-filter'],
  defaultOptions: { 'min-removed-rows': 1000, 'min-removed-share': 0.5 } satisfies Options,
  check({ plan, options, report }) {
    for (const node of executedNodes(plan.root)) {
      const filter = stringField(node.fields, 'Filter');
      if (!node.nodeType.endsWith('Scan') || INDEX_SCANS.has(node.nodeType) || !node.actual || !filter) continue;
      const removed = node.actual.removedByFilter;
      const read = node.actual.rows + removed;
      if (removed < options['min-removed-rows'] || removed / read <= options['min-removed-share']) continue;
      report({
        node,
        message: `${node.path} removed ${formatCount(removed)} of ${formatCount(read)} rows (${formatShare(removed / read)}) with filter ${filter}.`,
        suggestion: 'Index the filtered columns, or a partial index when the filter is a constant condition; a leading-wildcard pattern needs a pg_trgm GIN index, not a btree.',
        data: { rowsRead: read, rowsRemoved: removed },
      });
    }
  },
});
