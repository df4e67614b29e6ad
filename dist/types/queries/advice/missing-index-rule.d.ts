import type { PlanRuleMeta } from '../plan-rule.js';
export interface MissingIndexOptions {
    'min-cost-reduction': number;
    'min-table-rows': number;
    'max-selected-share': number;
    'max-partial-share': number;
}
/**
 * The index advice's rule: not a plan rule (it needs the database, the parse tree and the planner, not only a
 * plan), but named, configured and documented like one, so the config schema, SARIF and the docs know it.
 */
export declare const MISSING_INDEX_RULE: {
    meta: PlanRuleMeta;
    defaultOptions: MissingIndexOptions;
};
