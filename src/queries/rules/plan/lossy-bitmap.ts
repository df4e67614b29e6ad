import { definePlanRule } from '../../plan-rule.js';
import { executedNodes, numberField } from '../../plan/plan-node.js';
import { formatCount, formatShare } from '../../plan/plan-numbers.js';
import { forcedSettingsNote, MEMORY_SETTINGS } from '../../plan/settings-note.js';

interface Options {
  'min-lossy-blocks': number;
}

export const lossyBitmap = definePlanRule({
  meta: {
    id: 'lossy-bitmap',
    category: 'performance',
    severity: 'warning',
    description: 'A bitmap heap scan whose bitmap outgrew work_mem and became lossy, so whole pages are rechecked.',
    summary: 'lossy heap blocks in a bitmap heap scan',
    options: { 'min-lossy-blocks': { type: 'integer', minimum: 1, description: 'Fewest lossy heap blocks reported (default 1).' } },
  },
  needs: ['analyze'],
  defaultOptions: { 'min-lossy-blocks': 1 } satisfies Options,
  check({ plan, options, report }) {
    for (const node of executedNodes(plan.root)) {
      const lossy = numberField(node.fields, 'Lossy Heap Blocks') ?? 0;
      if (node.nodeType !== 'Bitmap Heap Scan' || lossy < options['min-lossy-blocks']) continue;
      const blocks = lossy + (numberField(node.fields, 'Exact Heap Blocks') ?? 0);
      const rechecked = node.actual?.removedByIndexRecheck ?? 0;
      report({
        node,
        message:
          `${node.path} read ${formatCount(lossy)} of ${formatCount(blocks)} heap blocks lossy (${formatShare(lossy / blocks)}) ` +
          `and its recheck removed ${formatCount(rechecked)} rows.${forcedSettingsNote(plan, MEMORY_SETTINGS)}`,
        suggestion: 'Raise work_mem so the bitmap stays exact, or make the index condition more selective.',
        data: { lossyBlocks: lossy, heapBlocks: blocks, rowsRemovedByRecheck: rechecked },
      });
    }
  },
});
