import { definePlanRule } from '../../plan-rule.js';
import type { PlanNode } from '../../plan/plan-node.js';
import { executedNodes, numberField } from '../../plan/plan-node.js';
import { formatCount } from '../../plan/plan-numbers.js';
import { gradedSeverity } from '../../plan/graded-severity.js';
import { forcedSettingsNote, MEMORY_SETTINGS } from '../../plan/settings-note.js';

interface Options {
  'max-batches': number;
  'warning-min-batches': number;
}

export const hashSpill = definePlanRule({
  meta: {
    id: 'hash-spill',
    category: 'performance',
    severity: 'warning',
    description:
      'A hash table (of a hash join or a hash aggregate) that did not fit in memory and was split into batches on disk; a notice when it split into fewer than `warning-min-batches`.',
    summary: 'a hash or hash aggregate with batches > 1 or disk use; a warning from 4 batches, a notice below',
    options: {
      'max-batches': { type: 'integer', minimum: 1, description: 'Most batches accepted before reporting (default 1: any split).' },
      'warning-min-batches': {
        type: 'integer',
        minimum: 1,
        description: 'Fewest batches for a warning (default 4); fewer is a notice: writing and reading back half the rows once costs little.',
      },
    },
  },
  needs: ['analyze'],
  defaultOptions: { 'max-batches': 1, 'warning-min-batches': 4 } satisfies Options,
  check({ plan, options, report }) {
    for (const node of executedNodes(plan.root)) {
      const spill = hashSpillOf(node);
      if (!spill || (spill.batches <= options['max-batches'] && spill.diskKb === 0)) continue;
      const disk = spill.diskKb > 0 ? ` and wrote ${formatCount(spill.diskKb)} kB to disk` : '';
      // Two batches write and read back half the rows once; the cost grows with the number of batches.
      const graded = gradedSeverity(spill.batches < options['warning-min-batches'] ? 'few batches, one extra pass over part of the rows' : undefined);
      report({
        node,
        message:
          `${node.path} split its hash table into ${formatCount(spill.batches)} batches${spill.planned}${disk}` +
          `${graded.note}.${forcedSettingsNote(plan, MEMORY_SETTINGS)}`,
        severity: graded.severity,
        suggestion: 'Raise work_mem (or hash_mem_multiplier) for this query, or hash fewer rows: filter or aggregate before the join.',
        data: { batches: spill.batches, diskKb: spill.diskKb },
      });
    }
  },
});

/** Hash nodes report `Hash Batches` (planned: `Original Hash Batches`); hash aggregates (13+) `HashAgg Batches`. */
function hashSpillOf(node: PlanNode): { batches: number; diskKb: number; planned: string } | undefined {
  if (node.nodeType === 'Hash') {
    const batches = numberField(node.fields, 'Hash Batches');
    if (batches === undefined) return undefined;
    const original = numberField(node.fields, 'Original Hash Batches');
    const planned = original !== undefined && original !== batches ? ` (planned ${formatCount(original)})` : '';
    return { batches, diskKb: 0, planned };
  }
  const batches = numberField(node.fields, 'HashAgg Batches');
  if (batches === undefined) return undefined;
  const partitions = numberField(node.fields, 'Planned Partitions');
  const planned = partitions ? ` (planned ${formatCount(partitions)} partitions)` : '';
  return { batches, diskKb: numberField(node.fields, 'Disk Usage') ?? 0, planned };
}
