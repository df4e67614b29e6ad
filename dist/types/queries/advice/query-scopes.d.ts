import type { Node } from 'libpg-query';
import type { TableName } from './index-candidate.js';
type Fields = Record<string, unknown>;
/** One FROM list with what filters and orders it: a SELECT (each subquery has its own), an UPDATE or a DELETE. */
export interface QueryScope {
    /** Name a column reference uses (the alias, else the table name) → the table. */
    tables: Map<string, TableName>;
    /** AND-ed conditions of WHERE and of the JOIN … ON clauses, as parse-tree nodes. */
    conditions: unknown[];
    /** ORDER BY entries (SortBy nodes). */
    sortBy: Fields[];
    /** Whether a LIMIT (or FETCH FIRST) lets an ordered index stop early. */
    hasLimit: boolean;
}
/**
 * Every scope of a statement, outermost first. Subqueries anywhere (FROM, WHERE, CTEs) are SelectStmt nodes of
 * their own and become their own scope; a column an inner scope takes from an outer one stays unresolved, which
 * only costs a candidate, never a wrong one.
 */
export declare function queryScopes(statement: Node): QueryScope[];
/** `a AND (b AND c)` → [a, b, c]; an OR or NOT stays one condition, which the predicate reader mostly ignores. */
export declare function conjuncts(condition: unknown): unknown[];
export declare function isFields(value: unknown): value is Fields;
export {};
