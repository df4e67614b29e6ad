/** A table as the query names it: the schema only when the query writes one. */
export interface TableName {
    schema?: string;
    name: string;
}
/** One key of a btree index: a plain column or an expression over one column (`lower(email)`). */
export interface IndexKey {
    column: string;
    /** The function wrapped around the column, e.g. `lower`; absent for a plain column. */
    wrappedIn?: string;
    descending?: boolean;
}
/** A literal from the query, kept typed so it can be compared with pg_stats and quoted back into SQL. */
export type ConstantValue = {
    kind: 'string';
    value: string;
} | {
    kind: 'number';
    value: string;
} | {
    kind: 'boolean';
    value: boolean;
} | {
    kind: 'null';
};
/** `column = 'literal'` (or IN, or a bare boolean column): what a partial index and the selectivity estimate read. */
export interface ConstantEquality {
    key: IndexKey;
    values: ConstantValue[];
}
/**
 * What one table of a query would want from a btree index, in key order: equality columns, then at most one range
 * column, then the ORDER BY columns a LIMIT can stop early on.
 */
export interface IndexCandidate {
    table: TableName;
    equalityKeys: IndexKey[];
    rangeKey?: IndexKey;
    orderKeys: IndexKey[];
    /** The equality keys that compare with literals; a rare value among them can become a partial index. */
    constantEqualities: ConstantEquality[];
}
/** All keys of a candidate, in index order. */
export declare function candidateKeys(candidate: Pick<IndexCandidate, 'equalityKeys' | 'rangeKey' | 'orderKeys'>): IndexKey[];
export declare function sameKey(a: IndexKey, b: IndexKey): boolean;
/** `orders.status`, `lower(customers.email)`: how messages name a key. */
export declare function describeKey(key: IndexKey): string;
export declare function describeTable(table: TableName): string;
/** `status = 'pending'`, `deleted_at IS NULL`, `kind IN ('a', 'b')`: a literal condition as messages show it. */
export declare function describeCondition(equality: ConstantEquality): string;
