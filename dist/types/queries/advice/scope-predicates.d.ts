import type { ConstantValue, IndexKey } from './index-candidate.js';
/** A reference to one column of one table of the scope, possibly inside a one-argument function. */
export interface KeyReference {
    /** The alias or table name written before the column; absent for an unqualified column. */
    qualifier?: string;
    key: IndexKey;
}
/** A condition a btree index can serve, tied to the column (or expression) it constrains. */
export type Predicate = {
    kind: 'equality';
    ref: KeyReference;
    constants?: ConstantValue[];
} | {
    kind: 'join';
    ref: KeyReference;
} | {
    kind: 'range';
    ref: KeyReference;
};
/**
 * What one AND-ed condition offers an index. Equality: `col = value`, `col IN (…)`, `col IS NULL` and a bare
 * boolean column. Range: `<`, `>`, BETWEEN and `LIKE 'prefix%'`. Join: `a.x = b.y`, one predicate per side. A value
 * is anything without a column in it (a literal, `$1`, `now()`); `constants` is set only when every value is a
 * literal, since only literals can be looked up in pg_stats or written into a partial index.
 */
export declare function predicatesOf(condition: unknown): Predicate[];
/** `o.status`, `status`, `lower(c.email)`: a column of the scope, bare or inside a one-argument function. */
export declare function keyReference(node: unknown): KeyReference | undefined;
