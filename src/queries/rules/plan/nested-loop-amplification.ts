import { definePlanRule } from '../../plan-rule.js';
import { executedNodes, numberField, type PlanNode } from '../../plan/plan-node.js';
import { formatCount, formatMs, formatShare } from '../../plan/plan-numbers.js';
import { gradedSeverity } from '../../plan/graded-severity.js';
import { forcedSettingsNote, JOIN_METHOD_SETTINGS } from '../../plan/settings-note.js';

interface Options {
  'min-inner-executions': number;
  'min-time-share': number;
  'dominant-time-share': number;
  'min-inner-ms': number;
  'warning-time-share': number;
}

/**
 * Inner sides whose rescans are the plan's cheapest way through, not a missing index: a Materialize replays rows
 * already read (a cross join, an UPDATE … FROM without a join condition), and a Function Scan runs a lateral call
 * (`unnest(x.values)`) once per outer row by definition. They are judged by time share alone.
 */
const REPLAYED = new Set(['Materialize', 'Function Scan']);

interface InnerWork {
  node: PlanNode;
  executions: number;
  timeMs: number;
  cacheHits?: number;
}

export const nestedLoopAmplification = definePlanRule({
  meta: {
    id: 'nested-loop-amplification',
    category: 'performance',
    severity: 'warning',
    description: 'A nested loop that runs its inner side so many times that it dominates the query.',
    summary: 'a nested loop whose inner side runs ≥ 1,000 times (Memoize hits excluded) for ≥ 10% of the execution time, or any number of times (2 or more) for ≥ 50% of it (a Materialize or Function Scan inner side only by the 50%); never under 10 ms in all; a notice under 25% of the time',
    options: {
      'min-inner-executions': { type: 'integer', minimum: 1, description: 'Fewest executions of the inner side; Memoize cache hits do not count (default 1000).' },
      'min-time-share': { type: 'number', minimum: 0, maximum: 1, description: "Share of the execution time the inner side's executions must take (default 0.1)." },
      'dominant-time-share': {
        type: 'number',
        minimum: 0,
        maximum: 1,
        description: "Share of the execution time from which the inner side is reported however few times it ran, from 2 executions (default 0.5).",
      },
      'min-inner-ms': { type: 'number', minimum: 0, description: "Shortest total time of the inner side's executions reported, in ms, whatever its share (default 10)." },
      'warning-time-share': {
        type: 'number',
        minimum: 0,
        maximum: 1,
        description: "Share of the execution time from which the finding is a warning (default 0.25); below it the loop is not where the time goes, and the finding is a notice.",
      },
    },
  },
  needs: ['analyze'],
  defaultOptions: { 'min-inner-executions': 1000, 'min-time-share': 0.1, 'dominant-time-share': 0.5, 'min-inner-ms': 10, 'warning-time-share': 0.25 } satisfies Options,
  check({ plan, options, report }) {
    const totalMs = plan.executionTimeMs ?? plan.root.actual?.totalTimeMs ?? 0;
    for (const node of executedNodes(plan.root)) {
      if (node.nodeType !== 'Nested Loop' || totalMs <= 0) continue;
      const inner = innerWork(node);
      // Half of a 4 ms query is still 2 ms: a share alone says nothing about whether the loop costs anything.
      if (!inner || inner.executions < 2 || inner.timeMs < options['min-inner-ms']) continue;
      const share = inner.timeMs / totalMs;
      const many = inner.executions >= options['min-inner-executions'] && share >= options['min-time-share'] && !REPLAYED.has(inner.node.nodeType);
      // Twenty executions of a slow inner scan are as bad as thousands of quick ones: judged by the time they take.
      const dominant = share >= options['dominant-time-share'];
      if (!many && !dominant) continue;
      const cached = inner.cacheHits === undefined ? '' : ` (Memoize answered ${formatCount(inner.cacheHits)} more from its cache)`;
      const each = many ? '' : `, ${formatMs(inner.timeMs / inner.executions)} each`;
      // Thousands of probes for an eighth of the time: worth knowing, but the query's time is spent elsewhere.
      const graded = gradedSeverity(share < options['warning-time-share'] ? 'most of the time is spent elsewhere' : undefined);
      report({
        node,
        message:
          `${node.path} ran ${inner.node.label} ${formatCount(inner.executions)} times${cached}, ` +
          `${formatMs(inner.timeMs)} in total (${formatShare(share)} of ${formatMs(totalMs)})${each}` +
          `${graded.note}.${forcedSettingsNote(plan, JOIN_METHOD_SETTINGS)}`,
        severity: graded.severity,
        suggestion: many
          ? 'Give the inner side an index on the join columns, or let the planner hash join: check the row estimate of the outer side, which decides the join method.'
          : 'Each execution of the inner side is slow: index the columns it filters and joins on so one execution reads few rows, or let the planner hash join (check the row estimate of the outer side).',
        data: { innerPath: inner.node.path, innerExecutions: inner.executions, innerTimeMs: inner.timeMs, timeShare: Math.round(share * 1000) / 1000 },
      });
    }
  },
});

/**
 * The inner side's real work. Below a Memoize, only cache misses run the subtree: 100,000 loops with 99,950 hits
 * are 50 index scans, which is not amplification.
 */
function innerWork(loop: PlanNode): InnerWork | undefined {
  const inner = loop.children.find((child) => child.parentRelationship === 'Inner') ?? loop.children[1];
  if (!inner?.actual || inner.neverExecuted) return undefined;
  if (inner.nodeType !== 'Memoize') return { node: inner, executions: inner.actual.loops, timeMs: inner.actual.totalTimeMs };
  const cached = inner.children[0];
  if (!cached?.actual) return undefined;
  const misses = numberField(inner.fields, 'Cache Misses') ?? cached.actual.loops;
  return { node: cached, executions: misses, timeMs: cached.actual.totalTimeMs, cacheHits: numberField(inner.fields, 'Cache Hits') ?? 0 };
}

