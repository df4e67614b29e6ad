import type { PlanRule } from '../plan-rule.js';
/** Every plan rule, alphabetically. Metadata only is read by the rule catalog: the modules import no client. */
export declare const PLAN_RULES: readonly PlanRule<unknown>[];
