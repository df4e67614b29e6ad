import { definePlanRule } from '../../plan-rule.js';
import { executedNodes, numberField, stringField } from '../../plan/plan-node.js';
import { formatCount } from '../../plan/plan-numbers.js';
import { gradedSeverity } from '../../plan/graded-severity.js';
import { forcedSettingsNote, MEMORY_SETTINGS } from '../../plan/settings-note.js';

interface Options {
  'min-disk-kb': number;
  'warning-min-disk-kb': number;
}

export const sortSpill = definePlanRule({
  meta: {
    id: 'sort-spill',
    category: 'performance',
    severity: 'warning',
    description: 'A sort that did not fit in work_mem and spilled to disk; a notice under `warning-min-disk-kb`.',
    summary: 'a sort that spilled to disk; a warning from 16 MB on disk, a notice below',
    options: {
      'min-disk-kb': { type: 'number', minimum: 0, description: 'Smallest disk use (kB) reported (default 0: any spill).' },
      'warning-min-disk-kb': {
        type: 'number',
        minimum: 0,
        description: 'Smallest disk use (kB) for a warning (default 16384: four times the default work_mem); a smaller spill is one merge of a few runs, a notice.',
      },
    },
  },
  needs: ['analyze'],
  defaultOptions: { 'min-disk-kb': 0, 'warning-min-disk-kb': 16_384 } satisfies Options,
  check({ plan, options, report }) {
    for (const node of executedNodes(plan.root)) {
      if (node.nodeType !== 'Sort') continue;
      const method = stringField(node.fields, 'Sort Method') ?? '';
      if (stringField(node.fields, 'Sort Space Type') !== 'Disk' && !method.startsWith('external')) continue;
      const diskKb = numberField(node.fields, 'Sort Space Used') ?? 0;
      if (diskKb < options['min-disk-kb']) continue;
      const keys = Array.isArray(node.fields['Sort Key']) ? node.fields['Sort Key'].join(', ') : '';
      // A spill of a few times work_mem is merged in one pass from a handful of runs: a cost, rarely the problem.
      const graded = gradedSeverity(diskKb < options['warning-min-disk-kb'] ? 'a small spill, merged in one pass' : undefined);
      report({
        node,
        message:
          `${node.path}${keys ? ` by ${keys}` : ''} spilled to disk: ${method || 'sort'} using ${formatCount(diskKb)} kB` +
          `${graded.note}.${forcedSettingsNote(plan, MEMORY_SETTINGS)}`,
        severity: graded.severity,
        suggestion: 'Raise work_mem for this query (SET LOCAL work_mem), sort fewer rows, or add an index matching the ORDER BY when a LIMIT follows.',
        data: { sortMethod: method, diskKb },
      });
    }
  },
});
