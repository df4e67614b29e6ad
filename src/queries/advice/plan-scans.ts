import { analysePlan } from '../plan/analysed-plan.js';
import { stringField, walkPlan, type PlanNode } from '../plan/plan-node.js';
import type { RawPlanDocument } from '../plan/read-plan-input.js';

const SORTS = new Set(['Sort', 'Incremental Sort']);
const INDEX_SCANS = new Set(['Index Scan', 'Index Only Scan', 'Bitmap Heap Scan']);

/**
 * Tables the plan reads in a way an index could improve, with the node that does it (`Seq Scan`, `Index Scan with a
 * Filter`, `Index Scan under a Sort`). A table the plan already reads well is not worth advice,
 * however its query looks. Keyed by `Relation Name` (the bare table name; the schema needs VERBOSE).
 */
export function scansWorthAdvice(document: RawPlanDocument): Map<string, string> {
  const worth = new Map<string, string>();
  const visit = (node: PlanNode, parent: PlanNode | undefined) => {
    const reason = node.relation ? scanProblem(node, parent) : undefined;
    if (node.relation && reason && !worth.has(node.relation)) worth.set(node.relation, reason);
    node.children.forEach((child) => visit(child, node));
  };
  visit(analysePlan(document).root, undefined);
  return worth;
}

function scanProblem(node: PlanNode, parent: PlanNode | undefined): string | undefined {
  if (node.nodeType === 'Seq Scan') return 'Seq Scan';
  if (INDEX_SCANS.has(node.nodeType) && stringField(node.fields, 'Filter')) return `${node.nodeType} with a Filter`;
  if (INDEX_SCANS.has(node.nodeType) && parent && SORTS.has(parent.nodeType)) return `${node.nodeType} under a ${parent.nodeType}`;
  return undefined;
}

/** Every index name the plan uses, to see whether the planner took the one being verified. */
export function indexNamesIn(document: RawPlanDocument): Set<string> {
  return new Set(walkPlan(analysePlan(document).root).flatMap((node) => stringField(node.fields, 'Index Name') ?? []));
}

export function totalCost(document: RawPlanDocument): number {
  const cost = document.Plan['Total Cost'];
  return typeof cost === 'number' ? cost : Number.NaN;
}
