/**
 * Reported by the engine when a file does not parse; no other rule runs on that file, because every other rule
 * would be reading a tree the parser had to guess at.
 */
export declare const syntaxError: import("../review-rule.js").ReviewRule<{}, "syntax-error">;
