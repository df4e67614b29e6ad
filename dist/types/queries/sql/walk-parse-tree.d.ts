/**
 * libpg-query's tree is plain JSON where every node is `{ TypeName: { …fields } }`. This visits every node of the
 * given types, however deep, so questions like "does anything here write?" need no per-statement-type knowledge.
 */
export declare function someNode(tree: unknown, matches: (type: string, fields: Record<string, unknown>) => boolean): boolean;
/** Every node of one type, in document order. */
export declare function nodesOfType(tree: unknown, type: string): Record<string, unknown>[];
/** A copy without `location` fields: the same statement parsed at another offset compares equal. */
export declare function withoutLocations(tree: unknown): unknown;
