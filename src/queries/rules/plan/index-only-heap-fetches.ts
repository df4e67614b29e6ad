import { definePlanRule } from '../../plan-rule.js';
import { executedNodes, numberField } from '../../plan/plan-node.js';
import { formatCount, formatShare } from '../../plan/plan-numbers.js';

interface Options {
  'min-heap-fetches': number;
  'min-fetch-share': number;
}

export const indexOnlyHeapFetches = definePlanRule({
  meta: {
    id: 'index-only-heap-fetches',
    category: 'performance',
    severity: 'warning',
    description: 'An index-only scan that still visits the table for many rows because the visibility map is out of date.',
    summary: 'an index-only scan with ≥ 100 heap fetches for ≥ 10% of its rows',
    options: {
      'min-heap-fetches': { type: 'integer', minimum: 1, description: 'Fewest heap fetches reported (default 100).' },
      'min-fetch-share': { type: 'number', minimum: 0, maximum: 1, description: 'Share of returned rows that needed a heap fetch (default 0.1).' },
    },
  },
  needs: ['analyze'],
  defaultOptions: { 'min-heap-fetches': 100, 'min-fetch-share': 0.1 } satisfies Options,
  check({ plan, options, report }) {
    for (const node of executedNodes(plan.root)) {
      if (node.nodeType !== 'Index Only Scan' || !node.actual) continue;
      // Heap Fetches is a total over every loop, unlike the per-loop row counts.
      const fetches = numberField(node.fields, 'Heap Fetches') ?? 0;
      const rows = Math.max(node.actual.rows + node.actual.removedByFilter, fetches, 1);
      if (fetches < options['min-heap-fetches'] || fetches / rows < options['min-fetch-share']) continue;
      report({
        node,
        message: `${node.path} fetched ${formatCount(fetches)} heap rows for ${formatCount(rows)} index entries (${formatShare(fetches / rows)}): the visibility map is out of date.`,
        suggestion: `VACUUM ${node.relation ?? 'the table'}, and tune autovacuum for it so the pages stay all-visible.`,
        data: { heapFetches: fetches, rows },
      });
    }
  },
});
