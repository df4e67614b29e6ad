import type { BaselineEntry } from '../../baseline.js';
import type { Finding } from '../../finding.js';
/**
 * Reported by the core for a baseline entry that no finding matched: the accepted problem was fixed (or changed
 * beyond recognition), and the entry would otherwise hide the next finding that happens to match it.
 */
export declare const staleBaselineEntry: import("../rule.js").Rule<{
    meta: {
        id: "stale-baseline-entry";
        category: "hygiene";
        severity: "notice";
        description: string;
        summary: string;
    };
    defaultOptions: {};
}, {}, "stale-baseline-entry">;
/** The notice for one stale entry; `count` is how many of its occurrences went unmatched. */
export declare function staleBaselineFinding(entry: BaselineEntry, baselineFile: string): Finding;
