import { type SlowTriggerOptions } from '../../plan/slow-triggers.js';
export declare const slowTrigger: import("../../plan-rule.js").PlanRule<SlowTriggerOptions, "slow-trigger">;
