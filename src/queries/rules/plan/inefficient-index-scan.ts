import { definePlanRule } from '../../plan-rule.js';
import { executedNodes, stringField } from '../../plan/plan-node.js';
import { formatCount, formatShare } from '../../plan/plan-numbers.js';
import { gradedSeverity } from '../../plan/graded-severity.js';

interface Options {
  'min-removed-rows': number;
  'min-removed-share': number;
  'warning-max-kept-share': number;
}

export const inefficientIndexScan = definePlanRule({
  meta: {
    id: 'inefficient-index-scan',
    category: 'performance',
    severity: 'warning',
    description: 'An index scan that fetches rows only for its filter to throw them away.',
    summary: 'an index scan whose filter removes ≥ 100 rows and > 50% of those fetched; a warning when it keeps ≤ 10%, a notice above',
    options: {
      'min-removed-rows': { type: 'integer', minimum: 1, description: 'Fewest rows removed by the filter, over all loops (default 100).' },
      'min-removed-share': { type: 'number', minimum: 0, maximum: 1, description: 'Share of fetched rows the filter must remove, exclusive (default 0.5).' },
      'warning-max-kept-share': {
        type: 'number',
        minimum: 0,
        maximum: 1,
        description: 'Largest share of the fetched rows the filter keeps for a warning (default 0.1); keeping more, the scan reads at most a few times the rows it returns, a notice.',
      },
    },
  },
  needs: ['analyze'],
  defaultOptions: { 'min-removed-rows': 100, 'min-removed-share': 0.5, 'warning-max-kept-share': 0.1 } satisfies Options,
  check({ plan, options, report }) {
    for (const node of executedNodes(plan.root)) {
      const filter = stringField(node.fields, 'Filter');
      if ((node.nodeType !== 'Index Scan' && node.nodeType !== 'Index Only Scan') || !node.actual || !filter) continue;
      const removed = node.actual.removedByFilter;
      const fetched = node.actual.rows + removed;
      if (removed < options['min-removed-rows'] || removed / fetched <= options['min-removed-share']) continue;
      const index = stringField(node.fields, 'Index Name') ?? 'its index';
      const condition = stringField(node.fields, 'Index Cond');
      // Keeping 45% of what it fetched, the scan reads about twice the rows it returns (often to save a sort): a cost
      // worth knowing, not the 100-to-1 waste a wider index removes.
      const kept = node.actual.rows / fetched;
      const graded = gradedSeverity(kept > options['warning-max-kept-share'] ? `it keeps ${formatShare(kept)}, so it reads at most a few times the rows it returns` : undefined);
      report({
        node,
        message:
          `${node.path} fetched ${formatCount(fetched)} rows through ${index}${condition ? ` ${condition}` : ''} and its filter ` +
          `${filter} removed ${formatCount(removed)} of them (${formatShare(removed / fetched)})` +
          `${graded.note}.`,
        severity: graded.severity,
        suggestion: `Add the filter's columns to the index (after the equality columns of the index condition), so the index finds only the rows kept.`,
        data: { rowsFetched: fetched, rowsRemoved: removed, index },
      });
    }
  },
});
