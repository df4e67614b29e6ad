/**
 * The node's name as text EXPLAIN prints it, so a path in a finding reads like the plan users know. JSON splits
 * what text output joins (`Strategy: Hashed` + `Aggregate` is `HashAggregate`).
 */
export declare function nodeLabel(fields: Readonly<Record<string, unknown>>): string;
