import type { VerdictRule } from './verdict-rule.js';
/** A fast rollback to the stable template also ends Healthy, so Healthy alone does not prove the new image runs. */
export declare const rolloutRolledBack: VerdictRule;
