import type { PgParser } from '../sql/pg-parser.js';
import type { CheckConstraint } from './table-catalog.js';
/** What simple CHECK constraints allow for one column: a numeric range, or a list of values. */
export interface ColumnBounds {
    /** Smallest allowed number (inclusive; `> 0` becomes a minimum just above 0 by the generator's step). */
    min?: {
        value: number;
        inclusive: boolean;
    };
    max?: {
        value: number;
        inclusive: boolean;
    };
    /** `status IN ('new', 'paid')` (printed back as `= ANY (ARRAY[…])`). */
    values?: string[];
}
/**
 * Reads the simple shapes of CHECK constraints — `col <op> constant` with < <= > >= =, `col = ANY (ARRAY[…])`
 * (what `IN (…)` is stored as), and ANDs of them — so generated values satisfy them by construction. Anything else
 * (`end_at > start_at`, `length(code) = 3`, ORs) is not modelled here; the generator filters its candidate rows
 * through every CHECK instead, so such rows are dropped and replaced rather than inserted.
 */
export declare function checkBounds(parser: PgParser, checks: readonly CheckConstraint[]): Map<string, ColumnBounds>;
