import type { PlanDatabase } from '../../postgres/db/plan-database.js';
import type { PgParser } from '../../postgres/sql/pg-parser.js';
import type { ParameterCase } from '../params/parameter-values.js';
import type { AuditableStatement } from '../sql/auditable-statement.js';
import type { IndexAdviceStats } from './advice-stats.js';
import type { IndexDefinition } from './index-definition.js';
import { verifyIndex, type VerificationTimeouts } from './verify-index.js';

/**
 * What a statement's plans cost before a candidate: its generic plan, and the custom plan of each set of values,
 * planned the first time a candidate needs them (one planner call each) and then reused.
 */
export interface PlanCosts {
  generic: number;
  /** By parameter case name (`common`, `rare`, `pinned`); a case whose values the server refused is absent. */
  custom?: ReadonlyMap<string, number>;
}

/** Everything a planner check of one statement needs; the workload step keeps it to check a longer index later. */
export interface VerdictContext extends VerificationTimeouts {
  database: PlanDatabase;
  parser: PgParser;
  statement: AuditableStatement;
  mode: 'hypopg' | 'transaction';
  minCostReduction: number;
  valueCases?: readonly ParameterCase[];
}

/** One custom plan with the candidate present: whether the planner took it, and what it cut. */
export interface CustomPlanCheck {
  /** `$1 = 'running' (rare in jobs.state)`. */
  description: string;
  uses: boolean;
  costBefore: number;
  costAfter: number;
  /** Used, and the cost fell by min-cost-reduction: these values show the index is worth it. */
  holds: boolean;
}

export type IndexVerdict =
  | { outcome: 'refused'; reason: string }
  | {
      outcome: 'planned';
      /** The name the candidate has in the generic plan (HypoPG's own, e.g. `<16423>btree_orders_status`). */
      plannedName: string;
      planIndexes: string[];
      costAfter: number;
      usesIndex: boolean;
      reduction: number;
      /** Empty for a statement without values, or when the generic plan already refused the index. */
      custom: CustomPlanCheck[];
      /** `before` with the custom plans' costs filled in where they were planned now, to be reused. */
      before: PlanCosts;
      /** The plan costs with the candidate in place: the next candidate's "before". */
      after: PlanCosts;
      /** The generic plan uses it with the cost cut, and so does at least one custom plan where there are values. */
      holds: boolean;
    };

/**
 * The candidate judged by the planner, with `kept` (suggestions already made for the statement) in place: first the
 * generic plan, then, for a `$n` statement whose generic plan takes the index, a custom plan for each set of values.
 * A generic plan estimates `BETWEEN $1 AND $2` with a fixed default; the values show what the statement really
 * reads, and an index the custom plans barely use (an existing index already serves them) does not hold.
 */
export async function judgeIndex(
  kept: readonly IndexDefinition[],
  candidate: IndexDefinition,
  before: PlanCosts,
  context: VerdictContext,
  stats: IndexAdviceStats,
): Promise<IndexVerdict> {
  const { database, parser, statement, mode } = context;
  stats.plannerCalls += 1;
  const generic = await verifyIndex(database, parser, statement, [...kept, candidate], mode, context);
  if (generic.outcome === 'refused') return generic;
  const usesIndex = generic.planIndexes.includes(generic.plannedName);
  const reduction = costCut(before.generic, generic.costAfter);
  const planned = { outcome: 'planned' as const, plannedName: generic.plannedName, planIndexes: generic.planIndexes, costAfter: generic.costAfter, usesIndex, reduction };
  if (!usesIndex || reduction < context.minCostReduction || !context.valueCases?.length) {
    return { ...planned, custom: [], before, after: { generic: generic.costAfter }, holds: usesIndex && reduction >= context.minCostReduction };
  }
  const customBefore = before.custom ?? (await customCosts(kept, context, stats));
  const custom: CustomPlanCheck[] = [];
  const customAfter = new Map<string, number>();
  for (const valued of context.valueCases) {
    const costBefore = customBefore.get(valued.name);
    if (costBefore === undefined) continue;
    stats.plannerCalls += 1;
    const result = await verifyIndex(database, parser, statement, [...kept, candidate], mode, context, valued.values);
    // A value the server refuses says nothing about the index.
    if (result.outcome !== 'planned') continue;
    const uses = result.planIndexes.includes(result.plannedName);
    customAfter.set(valued.name, result.costAfter);
    custom.push({ description: valued.description, uses, costBefore, costAfter: result.costAfter, holds: uses && costCut(costBefore, result.costAfter) >= context.minCostReduction });
  }
  const holds = custom.length === 0 || custom.some((check) => check.holds);
  return { ...planned, custom, before: { ...before, custom: customBefore }, after: { generic: generic.costAfter, custom: customAfter }, holds };
}

/** The custom plan of each set of values as the statement stands (with `kept`): one planner call each. */
async function customCosts(kept: readonly IndexDefinition[], context: VerdictContext, stats: IndexAdviceStats): Promise<Map<string, number>> {
  const costs = new Map<string, number>();
  for (const valued of context.valueCases ?? []) {
    stats.plannerCalls += 1;
    const result = await verifyIndex(context.database, context.parser, context.statement, kept, context.mode, context, valued.values);
    if (result.outcome === 'planned') costs.set(valued.name, result.costAfter);
  }
  return costs;
}

/** The share of the cost an index takes away: 0.75 for 100 → 25. */
export function costCut(before: number, after: number): number {
  return before > 0 ? 1 - after / before : 0;
}
