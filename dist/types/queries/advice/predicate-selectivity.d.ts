import type { ConstantValue } from './index-candidate.js';
import type { ColumnStats } from './column-stats.js';
/**
 * The share of rows `column = value` (or IN, or IS NULL) selects, the way the planner estimates it: a common value
 * has its sampled share, any other value an even part of what the common values leave. `values` undefined means a
 * parameter or an expression: the average share of one value.
 */
export declare function equalityShare(stats: ColumnStats, values: readonly ConstantValue[] | undefined): number;
/**
 * Whether the column holds few distinct values that cover nearly every row (a status, a flag, a type): the shape for
 * which one rare value deserves a partial index rather than a key.
 */
export declare function isLowCardinality(stats: ColumnStats): boolean;
