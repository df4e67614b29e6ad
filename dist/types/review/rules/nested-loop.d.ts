/**
 * Loops inside loops multiply their iteration counts; when the inner loop is a search of another collection,
 * indexing it once makes the pair linear.
 */
export declare const nestedLoop: import("../review-rule.js").ReviewRule<{}, "nested-loop">;
