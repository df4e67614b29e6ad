/** Where a node sits in its file: the `"Node Type"` key that opens it. Columns are 1-based UTF-16 units. */
export interface NodeLocation {
    line: number;
    column: number;
    endColumn: number;
}
/**
 * The nth `"Node Type"` key of the text is the node with ordinal n: PostgreSQL prints a node's own keys before its
 * `Plans`, so document order is the depth-first order the plan tree is numbered in. Plan text never contains the
 * key inside a string value, because EXPLAIN escapes quotes in expressions.
 */
export declare function nodeLocations(jsonText: string): NodeLocation[];
