import type { TriggerTiming } from './analysed-plan.js';
/**
 * PostgreSQL implements foreign keys with internal triggers named `RI_ConstraintTrigger_a_*` (actions on the
 * referenced table: ON DELETE/UPDATE, which search the referencing table) and `RI_ConstraintTrigger_c_*` (checks
 * on the referencing table, which look up the referenced key, always indexed). Only the action side is slow for
 * want of an index.
 */
export declare function isForeignKeyAction(trigger: TriggerTiming): boolean;
export declare function isForeignKeyTrigger(trigger: TriggerTiming): boolean;
