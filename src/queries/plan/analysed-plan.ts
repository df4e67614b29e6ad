import { nodeLabel } from './node-label.js';
import { numberField, stringField, type ActualCounts, type PlanNode } from './plan-node.js';
import { isObject, type RawPlanDocument, type RawPlanNode } from './read-plan-input.js';

/** What EXPLAIN was asked for; a rule that needs a missing one is listed as not run, never guessed. */
export type PlanFeature = 'analyze' | 'buffers';

export interface TriggerTiming {
  name: string;
  relation?: string;
  /** Set for the internal triggers that check foreign keys. */
  constraint?: string;
  timeMs: number;
  calls: number;
}

/** One plan of a file, normalised, with the top-level facts (timings, settings, triggers, JIT) beside its tree. */
export interface AnalysedPlan {
  root: PlanNode;
  features: Record<PlanFeature, boolean>;
  /** Whether the plan was taken with SETTINGS (an empty object still says "all defaults"). */
  hasSettings: boolean;
  /** Non-default planner settings the plan lists, e.g. `{ work_mem: '64kB' }`. */
  settings: Readonly<Record<string, string>>;
  planningTimeMs?: number;
  executionTimeMs?: number;
  triggers: TriggerTiming[];
  /** Total JIT time (ms) when JIT ran. */
  jitTimeMs?: number;
  jitFunctions?: number;
}

/** Normalises one EXPLAIN document; `firstOrdinal` continues the node numbering across the plans of one file. */
export function analysePlan(document: RawPlanDocument, firstOrdinal = 0): AnalysedPlan {
  let ordinal = firstOrdinal;
  const build = (raw: RawPlanNode, ancestors: readonly PlanNode[], parallelism: number): PlanNode => {
    const label = nodeLabel(raw);
    const parent = ancestors.at(-1);
    const underLimit = ancestors.some((ancestor) => ancestor.nodeType === 'Limit');
    const node: PlanNode = {
      nodeType: stringField(raw, 'Node Type') ?? 'Unknown',
      label,
      path: parent ? `${parent.path} > ${label}` : label,
      ordinal: ordinal++,
      relation: stringField(raw, 'Relation Name'),
      parentRelationship: stringField(raw, 'Parent Relationship'),
      planRows: numberField(raw, 'Plan Rows') ?? 0,
      actual: actualCounts(raw, parallelism),
      neverExecuted: (parent?.neverExecuted ?? false) || numberField(raw, 'Actual Loops') === 0,
      underLimit,
      parallelism,
      children: [],
      fields: raw,
    };
    const childParallelism = isGather(node) ? (numberField(raw, 'Workers Launched') ?? 0) + 1 : parallelism;
    const rawChildren = Array.isArray(raw.Plans) ? raw.Plans.filter(isObject) : [];
    node.children = rawChildren.map((child) => build(child, [...ancestors, node], childParallelism));
    return node;
  };
  const root = build(document.Plan, [], 1);
  const settings = isObject(document.Settings) ? document.Settings : undefined;
  return {
    root,
    features: { analyze: root.actual !== undefined, buffers: 'Shared Hit Blocks' in document.Plan },
    hasSettings: settings !== undefined,
    settings: Object.fromEntries(Object.entries(settings ?? {}).map(([name, value]) => [name, String(value)])),
    planningTimeMs: numberField(document, 'Planning Time'),
    executionTimeMs: numberField(document, 'Execution Time'),
    triggers: Array.isArray(document.Triggers) ? document.Triggers.filter(isObject).map(triggerTiming) : [],
    ...jitTiming(document.JIT),
  };
}

/** The number of nodes, so the next plan of the same file continues the ordinals. */
export function nodeCount(plan: AnalysedPlan): number {
  let count = 0;
  const visit = (node: PlanNode) => {
    count += 1;
    node.children.forEach(visit);
  };
  visit(plan.root);
  return count;
}

function isGather(node: PlanNode): boolean {
  return node.nodeType === 'Gather' || node.nodeType === 'Gather Merge';
}

/**
 * PostgreSQL prints rows, times and rows-removed counters as averages per loop; multiplying by loops gives the
 * node's real work. Below a Gather each worker and the leader is one loop, so summed time is divided by the
 * processes that ran concurrently (as PEV2 does) to stay comparable with the Execution Time.
 */
function actualCounts(raw: RawPlanNode, parallelism: number): ActualCounts | undefined {
  const loops = numberField(raw, 'Actual Loops');
  if (loops === undefined) return undefined;
  const rowsPerLoop = numberField(raw, 'Actual Rows') ?? 0;
  const perLoop = (key: string) => (numberField(raw, key) ?? 0) * loops;
  return {
    loops,
    rowsPerLoop,
    rows: rowsPerLoop * loops,
    totalTimeMs: ((numberField(raw, 'Actual Total Time') ?? 0) * loops) / parallelism,
    removedByFilter: perLoop('Rows Removed by Filter'),
    removedByJoinFilter: perLoop('Rows Removed by Join Filter'),
    removedByIndexRecheck: perLoop('Rows Removed by Index Recheck'),
  };
}

function triggerTiming(raw: Record<string, unknown>): TriggerTiming {
  return {
    name: stringField(raw, 'Trigger Name') ?? 'unnamed trigger',
    relation: stringField(raw, 'Relation'),
    constraint: stringField(raw, 'Constraint Name'),
    timeMs: numberField(raw, 'Time') ?? 0,
    calls: numberField(raw, 'Calls') ?? 0,
  };
}

/** `JIT.Timing.Total` is a number up to PG 16; PG 17 nests some phases but keeps a numeric `Total`. */
function jitTiming(jit: unknown): Pick<AnalysedPlan, 'jitTimeMs' | 'jitFunctions'> {
  if (!isObject(jit) || !isObject(jit.Timing)) return {};
  const total = numberField(jit.Timing, 'Total');
  return total === undefined ? {} : { jitTimeMs: total, jitFunctions: numberField(jit, 'Functions') };
}
