import { stringField, type PlanNode } from './plan-node.js';

/**
 * Where a node's row estimate comes from, as far as it decides the fix. ANALYZE only refreshes column statistics:
 * it cannot change the estimate of a CTE Scan (the CTE's own plan), of a Function Scan (the function's ROWS
 * setting), of a pattern match (a guess from a few sample values, or a fixed default on an expression) or of a
 * recursive CTE's WorkTable Scan (a fixed multiple of the non-recursive term); an aggregate's group count comes from
 * the grouping columns' n_distinct and the rows expected in.
 */
export type EstimateSource = 'cte' | 'function' | 'pattern' | 'worktable' | 'groups' | 'statistics';

/** `~`, `~*`, `!~`, `!~*` (regex) and `~~`, `~~*`, `!~~`, `!~~*` (LIKE, ILIKE and their negations) as EXPLAIN prints them. */
const PATTERN_OPERATOR = /\s!?~~?\*?\s/;
const CONDITIONS = ['Filter', 'Index Cond', 'Recheck Cond'];

export function estimateSource(node: PlanNode): EstimateSource {
  if (node.nodeType === 'CTE Scan') return 'cte';
  if (node.nodeType === 'Function Scan') return 'function';
  if (node.nodeType === 'WorkTable Scan') return 'worktable';
  if (node.nodeType === 'Aggregate') return 'groups';
  const patterned = CONDITIONS.some((key) => PATTERN_OPERATOR.test(stringField(node.fields, key) ?? ''));
  return patterned ? 'pattern' : 'statistics';
}

const FIXES: Record<EstimateSource, string> = {
  cte:
    "ANALYZE cannot fix this: a CTE Scan is estimated from the CTE's own plan. Fix the estimate inside the CTE, or write " +
    'it AS NOT MATERIALIZED (or inline it as a subquery) so the planner plans it together with the outer query.',
  function:
    "ANALYZE cannot fix this: the planner takes a set-returning function's rows from its ROWS setting (default 1000). " +
    'Set ALTER FUNCTION … ROWS to a typical count, give the function a planner support function, or write it as an inlinable SQL function.',
  pattern:
    'ANALYZE cannot fix this: the planner guesses how many rows a pattern match (LIKE, regex) keeps from sample values, ' +
    'or from a fixed default when it matches an expression. Match a fixed prefix where you can, raise the column statistics ' +
    'target (ALTER TABLE … ALTER COLUMN … SET STATISTICS 1000), or give the expression statistics (CREATE STATISTICS … ON (expression) FROM …, PostgreSQL 14+).',
  worktable:
    "Nothing fixes this estimate: the planner sizes a recursive CTE's work table as a fixed multiple of its non-recursive " +
    'term, whatever the data. Judge the recursive query by its time; bound the recursion (a depth column) if it runs long.',
  groups:
    "ANALYZE rarely fixes this: the planner estimates an aggregate's groups from the grouping columns' distinct counts and " +
    'the rows it expects in. For correlated grouping columns, CREATE STATISTICS (ndistinct) on them.',
  statistics: 'Run ANALYZE on the table; for correlated columns add CREATE STATISTICS, or raise the column statistics target.',
};

export function estimateFix(source: EstimateSource): string {
  return FIXES[source];
}
