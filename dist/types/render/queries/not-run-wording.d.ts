import type { AuditedQueries, RuleNotRun } from './audited-queries.js';
import type { InlineStyle } from './inline-style.js';
/** Rules that lacked the same EXPLAIN options, under those options' names: `ANALYZE`, `ANALYZE and BUFFERS`. */
export interface NotRunGroup {
    without: string;
    rules: string[];
}
export declare function notRunGroups(notRun: readonly RuleNotRun[]): NotRunGroup[];
/** `not run without ANALYZE: sort-spill, hash-spill`, each group of rules under what their plans lacked. */
export declare function notRunWording(notRun: readonly RuleNotRun[], style: InlineStyle): string;
/**
 * How to give the rules what they lack: explained statements get ANALYZE from the `analyze` setting; saved plans
 * must be captured again. Both are named when the run had both, since the stats do not say which plans lacked it.
 */
export declare function notRunFix(audit: AuditedQueries, style: InlineStyle): string;
