import { definePlanRule } from '../../plan-rule.js';
import { executedNodes, stringField } from '../../plan/plan-node.js';
import { formatCount, formatShare } from '../../plan/plan-numbers.js';
import { forcedSettingsNote, SCAN_SETTINGS } from '../../plan/settings-note.js';

interface Options {
  'min-table-rows': number;
  'max-kept-share': number;
}

export const seqScanSelectiveFilter = definePlanRule({
  meta: {
    id: 'seq-scan-selective-filter',
    category: 'performance',
    severity: 'warning',
    description: 'A sequential scan of a large relation that keeps only a small share of its rows.',
    summary: 'a Seq Scan reading ≥ 10,000 rows that keeps ≤ 10% of them',
    options: {
      'min-table-rows': { type: 'integer', minimum: 1, description: 'Rows read (kept + removed) from which a relation counts as large (default 10000).' },
      'max-kept-share': { type: 'number', minimum: 0, maximum: 1, description: 'Largest share of rows kept for the filter to count as selective (default 0.1).' },
    },
  },
  needs: ['analyze'],
  defaultOptions: { 'min-table-rows': 10_000, 'max-kept-share': 0.1 } satisfies Options,
  check({ plan, options, report }) {
    for (const node of executedNodes(plan.root)) {
      const filter = stringField(node.fields, 'Filter');
      if (node.nodeType !== 'Seq Scan' || !node.actual || !filter) continue;
      const read = node.actual.rows + node.actual.removedByFilter;
      if (read < options['min-table-rows']) continue;
      const keptShare = node.actual.rows / read;
      if (keptShare > options['max-kept-share']) continue;
      report({
        node,
        message:
          `${node.path} removed ${formatCount(node.actual.removedByFilter)} of ${formatCount(read)} rows ` +
          `(${formatShare(1 - keptShare)}) with filter ${filter}.${forcedSettingsNote(plan, SCAN_SETTINGS)}`,
        suggestion: `An index on the filtered columns of ${node.relation ?? 'the relation'} lets PostgreSQL read only the ${formatCount(node.actual.rows)} ${node.actual.rows === 1 ? 'row' : 'rows'} it keeps.`,
        data: { rowsRead: read, rowsKept: node.actual.rows },
      });
    }
  },
});
