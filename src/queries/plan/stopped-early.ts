import type { PlanNode } from './plan-node.js';

/**
 * Nodes whose actual rows may be cut short because the node above stopped reading them, each with the reason in
 * words. Such a node returned fewer rows than it would have run to completion, so "fewer rows than estimated" is
 * the plan at work, not a bad estimate. Everything below a cut-short node is cut short too: its parent stopped
 * pulling rows from it.
 */
export function stoppedEarly(root: PlanNode): Map<PlanNode, string> {
  const reasons = new Map<PlanNode, string>();
  const visit = (node: PlanNode, reason: string | undefined) => {
    if (reason) reasons.set(node, reason);
    for (const child of node.children) {
      // An InitPlan or SubPlan runs to completion whenever it runs, whatever its parent does with the rows.
      const ownQuery = child.parentRelationship === 'InitPlan' || child.parentRelationship === 'SubPlan';
      visit(child, ownQuery ? undefined : (reason ?? stopReason(node, child)));
    }
  };
  visit(root, undefined);
  return reasons;
}

/** Join types where an empty side means no output at all, so the join stops reading the other side. */
const STOPS_WHEN_A_SIDE_IS_EMPTY = new Set(['Inner', 'Semi', 'Right', 'Right Semi', 'Right Anti']);

/** Why `join` (or a Limit) may stop reading `child` before it is exhausted, if it does. */
function stopReason(join: PlanNode, child: PlanNode): string | undefined {
  if (join.nodeType === 'Limit') return 'the Limit above it stops reading once it has its rows';
  if (!join.actual || join.neverExecuted) return undefined;
  const joinType = typeof join.fields['Join Type'] === 'string' ? join.fields['Join Type'] : 'Inner';
  const side = child.parentRelationship;
  // A nested loop or merge semi/anti join stops reading its inner side at the first match of each outer row.
  if ((joinType === 'Semi' || joinType === 'Anti') && side === 'Inner' && join.nodeType !== 'Hash Join') {
    return `the ${joinType.toLowerCase()} join above it stops at the first match`;
  }
  if (!STOPS_WHEN_A_SIDE_IS_EMPTY.has(joinType) || side !== 'Outer') return undefined;
  const other = join.children.find((sibling) => sibling !== child && sibling.parentRelationship === 'Inner');
  if (!other?.actual || other.neverExecuted || other.actual.rows > 0) return undefined;
  // PostgreSQL's hash join reads the first outer row, then builds the hash table; an empty one ends the join, so
  // the outer side returned one row. A merge join likewise ends when its inner side has nothing.
  if (join.nodeType === 'Hash Join') return 'the hash join above it found its hash table empty and stopped reading this side';
  if (join.nodeType === 'Merge Join') return 'the merge join above it found its other side empty and stopped reading this side';
  return undefined;
}
