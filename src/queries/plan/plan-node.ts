/**
 * A plan node with the numbers rules need, normalised across PostgreSQL 12–18: per-loop counters are turned into
 * totals over every loop, PG 18's fractional `Actual Rows` is kept as a float (never rounded), and a node that
 * never ran is marked rather than treated as returning nothing.
 */
export interface PlanNode {
  /** `Node Type` as printed, e.g. `Seq Scan`, `Aggregate`. */
  nodeType: string;
  /** How the node reads in text EXPLAIN, e.g. `Parallel Seq Scan on orders`, `HashAggregate`. */
  label: string;
  /** Every label from the root down to this node, e.g. `Limit > Nested Loop > Index Scan on orders`. */
  path: string;
  /** 0 for the root, in document order over the whole plan: the nth `"Node Type"` key of the file. */
  ordinal: number;
  relation?: string;
  parentRelationship?: string;
  /** Estimated rows per loop. */
  planRows: number;
  /** Absent without ANALYZE. */
  actual?: ActualCounts;
  /** ANALYZE ran but this node did not (`Actual Loops: 0`): its counters mean nothing. */
  neverExecuted: boolean;
  /** Some ancestor is a Limit, which may stop this node early: its row counts are not estimates gone wrong. */
  underLimit: boolean;
  /**
   * Processes sharing this node's work: Workers Launched + 1 (the leader) below a Gather, else 1. Times are
   * per process, so the wall-clock time of a parallel node is its summed time divided by this.
   */
  parallelism: number;
  children: PlanNode[];
  /** The node's own fields, for the rules that read node-specific keys (Sort Method, Hash Batches, …). */
  fields: Readonly<Record<string, unknown>>;
}

export interface ActualCounts {
  loops: number;
  /** Rows per loop, as printed (PG 18 prints fractions). */
  rowsPerLoop: number;
  /** rowsPerLoop × loops. */
  rows: number;
  /** Inclusive time of every loop, divided by the processes that ran them in parallel (ms). */
  totalTimeMs: number;
  /** Rows removed by the node's Filter, over every loop. */
  removedByFilter: number;
  removedByJoinFilter: number;
  removedByIndexRecheck: number;
}

export function numberField(fields: Readonly<Record<string, unknown>>, key: string): number | undefined {
  const value = fields[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function stringField(fields: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = fields[key];
  return typeof value === 'string' ? value : undefined;
}

/** Every node of the tree, parents before children, in document order. */
export function walkPlan(root: PlanNode): PlanNode[] {
  const nodes: PlanNode[] = [];
  const visit = (node: PlanNode) => {
    nodes.push(node);
    node.children.forEach(visit);
  };
  visit(root);
  return nodes;
}

/** Nodes that ran: a never-executed node and everything below it has no counters to judge. */
export function executedNodes(root: PlanNode): PlanNode[] {
  return walkPlan(root).filter((node) => !node.neverExecuted);
}
