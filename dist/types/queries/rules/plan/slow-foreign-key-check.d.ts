import { type SlowTriggerOptions } from '../../plan/slow-triggers.js';
export declare const slowForeignKeyCheck: import("../../plan-rule.js").PlanRule<SlowTriggerOptions, "slow-foreign-key-check">;
