import { type PlanNode } from './plan-node.js';
import { type RawPlanDocument } from './read-plan-input.js';
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
export declare function analysePlan(document: RawPlanDocument, firstOrdinal?: number): AnalysedPlan;
/** The number of nodes, so the next plan of the same file continues the ordinals. */
export declare function nodeCount(plan: AnalysedPlan): number;
