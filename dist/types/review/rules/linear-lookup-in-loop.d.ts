/**
 * Searching a list compares against every element, so a search repeated on every iteration turns a linear loop
 * into a quadratic one; a set answers the same question in constant time. Only collections that are demonstrably
 * lists (arrays) are reported, never strings, tuples, sets or names of unknown type: a false alarm here teaches
 * people to ignore the rule.
 */
export declare const linearLookupInLoop: import("../review-rule.js").ReviewRule<{}, "linear-lookup-in-loop">;
