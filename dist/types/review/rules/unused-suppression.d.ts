/**
 * Reported by the engine for a `predator-guard-ignore` directive that suppressed nothing: a stale directive would
 * silently hide the next real problem on its line.
 */
export declare const unusedSuppression: import("../rule.js").Rule<{}>;
