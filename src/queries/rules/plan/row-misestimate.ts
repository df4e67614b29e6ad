import type { Severity } from '../../../core/finding.js';
import { definePlanRule } from '../../plan-rule.js';
import { executedNodes, type PlanNode } from '../../plan/plan-node.js';
import { formatCount } from '../../plan/plan-numbers.js';

interface Options {
  'notice-factor': number;
  'warning-factor': number;
  'error-factor': number;
  'min-rows': number;
}

const JOINS = new Set(['Nested Loop', 'Hash Join', 'Merge Join']);

export const rowMisestimate = definePlanRule({
  meta: {
    id: 'row-misestimate',
    category: 'performance',
    severity: 'notice',
    description: "A row estimate far from the actual rows on a node that feeds a join, where it decides the join's method and order.",
    summary: 'an estimate off by ×10/×100/×1000 on a node feeding a join (not below a Limit); a notice, a warning or an error by how far',
    options: {
      'notice-factor': { type: 'number', minimum: 1, description: 'Factor (either way) from which the estimate is reported as a notice (default 10).' },
      'warning-factor': { type: 'number', minimum: 1, description: 'Factor from which it is a warning (default 100).' },
      'error-factor': { type: 'number', minimum: 1, description: 'Factor from which it is an error (default 1000).' },
      'min-rows': { type: 'number', minimum: 0, description: 'Ignore nodes where both the estimate and the actual rows, over all loops, are below this (default 100).' },
    },
  },
  needs: ['analyze'],
  defaultOptions: { 'notice-factor': 10, 'warning-factor': 100, 'error-factor': 1000, 'min-rows': 100 } satisfies Options,
  check({ plan, options, report }) {
    const parents = new Map<PlanNode, PlanNode>();
    for (const node of executedNodes(plan.root)) node.children.forEach((child) => parents.set(child, node));
    for (const node of executedNodes(plan.root)) {
      const join = joinFedBy(node, parents);
      // Below a Limit a node is stopped early on purpose, and the inner side of a semi/anti join stops at the first
      // match: fewer rows than estimated is then the plan working, not a bad estimate.
      if (!node.actual || !join || node.underLimit || stopsEarly(join, node)) continue;
      const { loops, rowsPerLoop } = node.actual;
      if (Math.max(node.planRows, rowsPerLoop) * loops < options['min-rows']) continue;
      // A node that ran and returned nothing is compared with one row, so the factor stays finite.
      const factor = Math.max(node.planRows, 1) / Math.max(rowsPerLoop, 1);
      const size = Math.max(factor, 1 / factor);
      const severity = grade(size, options);
      if (!severity) continue;
      const direction = factor > 1 ? 'over' : 'under';
      const perLoop = loops > 1 ? ' per loop' : '';
      report({
        node,
        severity,
        message:
          `${node.path} was estimated at ${formatCount(node.planRows)} rows${perLoop} but returned ${formatCount(rowsPerLoop)} ` +
          `(${direction}estimated ×${formatCount(Math.round(size))}); it feeds ${join.label}.`,
        suggestion: 'Run ANALYZE on the table; for correlated columns add CREATE STATISTICS, or raise the column statistics target.',
        data: { estimatedRows: node.planRows, actualRows: rowsPerLoop, factor: Math.round(size * 10) / 10, join: join.path },
      });
    }
  },
});

/** The join this node's rows go into: its parent, or the Hash Join above the Hash that builds from it. */
function joinFedBy(node: PlanNode, parents: ReadonlyMap<PlanNode, PlanNode>): PlanNode | undefined {
  const parent = parents.get(node);
  // A Hash only repeats its input's estimate: the finding belongs to the node below it.
  if (!parent || node.nodeType === 'Hash') return undefined;
  if (JOINS.has(parent.nodeType)) return parent;
  const grandparent = parents.get(parent);
  if (parent.nodeType === 'Hash' && grandparent?.nodeType === 'Hash Join') return grandparent;
  return undefined;
}

function stopsEarly(join: PlanNode, node: PlanNode): boolean {
  const joinType = join.fields['Join Type'];
  return (joinType === 'Semi' || joinType === 'Anti') && node.parentRelationship !== 'Outer';
}

function grade(size: number, options: Options): Severity | undefined {
  if (size >= options['error-factor']) return 'error';
  if (size >= options['warning-factor']) return 'warning';
  if (size >= options['notice-factor']) return 'notice';
  return undefined;
}
