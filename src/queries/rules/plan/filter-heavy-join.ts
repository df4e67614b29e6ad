import { definePlanRule } from '../../plan-rule.js';
import { executedNodes, stringField } from '../../plan/plan-node.js';
import { formatCount, formatMs, formatShare } from '../../plan/plan-numbers.js';

interface Options {
  'min-removed-rows': number;
  'min-removed-share': number;
  'min-time-share': number;
}

const JOINS = new Set(['Nested Loop', 'Hash Join', 'Merge Join']);

export const filterHeavyJoin = definePlanRule({
  meta: {
    id: 'filter-heavy-join',
    category: 'performance',
    severity: 'warning',
    description: 'A join that builds row pairs only to throw most of them away with its Join Filter, for a large share of the statement time.',
    summary: 'a join whose Join Filter removes ≥ 10,000 rows and > 50% of the pairs it formed, the join taking ≥ 10% of the execution time',
    options: {
      'min-removed-rows': { type: 'integer', minimum: 1, description: 'Fewest rows removed by the Join Filter, over all loops (default 10000).' },
      'min-removed-share': { type: 'number', minimum: 0, maximum: 1, description: 'Share of the formed pairs the Join Filter must remove, exclusive (default 0.5).' },
      'min-time-share': { type: 'number', minimum: 0, maximum: 1, description: "Share of the execution time the join (with its inputs) must take (default 0.1)." },
    },
  },
  needs: ['analyze'],
  defaultOptions: { 'min-removed-rows': 10_000, 'min-removed-share': 0.5, 'min-time-share': 0.1 } satisfies Options,
  check({ plan, options, report }) {
    const totalMs = plan.executionTimeMs ?? plan.root.actual?.totalTimeMs ?? 0;
    for (const node of executedNodes(plan.root)) {
      const filter = stringField(node.fields, 'Join Filter');
      if (!JOINS.has(node.nodeType) || !node.actual || !filter || totalMs <= 0) continue;
      const removed = node.actual.removedByJoinFilter;
      const formed = removed + node.actual.rows;
      // The join's inclusive time: the pairs are formed by reading both inputs, which is what a better join key saves.
      const share = node.actual.totalTimeMs / totalMs;
      if (removed < options['min-removed-rows'] || removed / formed <= options['min-removed-share'] || share < options['min-time-share']) continue;
      report({
        node,
        message:
          `${node.path} removed ${formatCount(removed)} of ${formatCount(formed)} joined rows (${formatShare(removed / formed)}) with Join Filter ${filter}, ` +
          `${formatMs(node.actual.totalTimeMs)} of ${formatMs(totalMs)} (${formatShare(share)}).`,
        suggestion:
          'The Join Filter is checked on every pair the join forms. Make the condition usable as a join key: an equality between ' +
          'the two sides (a hash or merge join key, or an index on the inner side), or split an OR into a UNION of two joins.',
        data: { rowsRemoved: removed, rowsJoined: formed, joinTimeMs: node.actual.totalTimeMs, timeShare: Math.round(share * 1000) / 1000 },
      });
    }
  },
});
