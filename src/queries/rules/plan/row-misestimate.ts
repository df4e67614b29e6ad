import type { Severity } from '../../../core/finding.js';
import { definePlanRule } from '../../plan-rule.js';
import { executedNodes, numberField, type PlanNode } from '../../plan/plan-node.js';
import { estimateFix, estimateSource } from '../../plan/estimate-source.js';
import { formatCount, formatMs } from '../../plan/plan-numbers.js';
import { stoppedEarly } from '../../plan/stopped-early.js';

interface Options {
  'notice-factor': number;
  'warning-factor': number;
  'error-factor': number;
  'min-rows': number;
  'min-join-ms': number;
}

const JOINS = new Set(['Nested Loop', 'Hash Join', 'Merge Join']);

export const rowMisestimate = definePlanRule({
  meta: {
    id: 'row-misestimate',
    category: 'performance',
    severity: 'notice',
    description: "A row estimate far from the actual rows on a node that feeds a join, where it decides the join's method and order.",
    summary: 'an estimate off by ×10/×100/×1000 on a node feeding a join (no overestimate on a node its parent stopped reading early); a notice, a warning or an error by how far (a notice at most for a recursive work table, an aggregate with fewer groups than estimated, or a join that took under 10 ms beyond reading its rows)',
    options: {
      'notice-factor': { type: 'number', minimum: 1, description: 'Factor (either way) from which the estimate is reported as a notice (default 10).' },
      'warning-factor': { type: 'number', minimum: 1, description: 'Factor from which it is a warning (default 100).' },
      'error-factor': { type: 'number', minimum: 1, description: 'Factor from which it is an error (default 1000).' },
      'min-rows': { type: 'number', minimum: 0, description: 'Ignore nodes where both the estimate and the actual rows, over all loops, are below this (default 100).' },
      'min-join-ms': {
        type: 'number',
        minimum: 0,
        description: "Time the join the node feeds took beyond reading the node's rows (all loops), under which the finding is a notice at most, whatever the factor: the join method it chose cost no more than that (default 10; not applied to a plan without timing).",
      },
    },
  },
  needs: ['analyze'],
  defaultOptions: { 'notice-factor': 10, 'warning-factor': 100, 'error-factor': 1000, 'min-rows': 100, 'min-join-ms': 10 } satisfies Options,
  check({ plan, options, report }) {
    const parents = new Map<PlanNode, PlanNode>();
    for (const node of executedNodes(plan.root)) node.children.forEach((child) => parents.set(child, node));
    const cutShort = stoppedEarly(plan.root);
    for (const node of executedNodes(plan.root)) {
      const join = joinFedBy(node, parents);
      if (!node.actual || !join) continue;
      const { loops, rowsPerLoop } = node.actual;
      if (Math.max(node.planRows, rowsPerLoop) * loops < options['min-rows']) continue;
      // A node that ran and returned nothing is compared with one row, so the factor stays finite.
      const factor = Math.max(node.planRows, 1) / Math.max(rowsPerLoop, 1);
      const size = Math.max(factor, 1 / factor);
      // A node stopped early (below a Limit, the outer side of a hash join whose hash table was empty, the inner side
      // of a semi join) returns fewer rows than it would have: an overestimate there is the plan at work. Stopping
      // early only lowers the count, so an underestimate stays a real one.
      if (factor > 1 && cutShort.has(node)) continue;
      const graded = grade(size, options);
      if (!graded) continue;
      const source = estimateSource(node);
      // Shown, never gating: a work table's estimate is a fixed guess no one can correct, and an aggregate that
      // returns fewer groups than estimated only over-sizes its hash table; the join above it still gets few rows.
      const fixedGuess = source === 'worktable' || (source === 'groups' && factor > 1);
      // The estimate's harm is the join method it chose: the join's time beyond reading this input, which any method
      // would have read. A join that added a few milliseconds cost no more than that, whatever the factor (a
      // parameterised lookup of a parent with many more children than average, say).
      const joinTimed = numberField(join.fields, 'Actual Total Time') !== undefined && join.actual !== undefined;
      const joinMs = joinTimed ? Math.max(join.actual!.totalTimeMs - node.actual.totalTimeMs, 0) : 0;
      const quickJoin = joinTimed && graded !== 'notice' && joinMs < options['min-join-ms'];
      const severity = fixedGuess || quickJoin ? 'notice' : graded;
      const direction = factor > 1 ? 'over' : 'under';
      const perLoop = loops > 1 ? ' per loop' : '';
      report({
        node,
        severity,
        message:
          `${node.path} was estimated at ${formatCount(node.planRows)} rows${perLoop} but returned ${formatCount(rowsPerLoop)} ` +
          `(${direction}estimated ×${formatCount(Math.round(size))}); it feeds ${join.label}` +
          `${quickJoin && !fixedGuess ? ` (a notice: the join took ${formatMs(joinMs)} beyond reading these rows)` : ''}.`,
        suggestion: estimateFix(source),
        data: { estimatedRows: node.planRows, actualRows: rowsPerLoop, factor: Math.round(size * 10) / 10, join: join.path, estimateSource: source },
      });
    }
  },
});

/** The join this node's rows go into: its parent, or the Hash Join above the Hash that builds from it. */
function joinFedBy(node: PlanNode, parents: ReadonlyMap<PlanNode, PlanNode>): PlanNode | undefined {
  const parent = parents.get(node);
  // A Hash only repeats its input's estimate: the finding belongs to the node below it. An InitPlan or SubPlan is
  // listed under a node without feeding it rows.
  if (!parent || node.nodeType === 'Hash' || node.parentRelationship === 'InitPlan' || node.parentRelationship === 'SubPlan') return undefined;
  if (JOINS.has(parent.nodeType)) return parent;
  const grandparent = parents.get(parent);
  if (parent.nodeType === 'Hash' && grandparent?.nodeType === 'Hash Join') return grandparent;
  return undefined;
}

function grade(size: number, options: Options): Severity | undefined {
  if (size >= options['error-factor']) return 'error';
  if (size >= options['warning-factor']) return 'warning';
  if (size >= options['notice-factor']) return 'notice';
  return undefined;
}
