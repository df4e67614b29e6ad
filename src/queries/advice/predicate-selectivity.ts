import type { ConstantValue } from './index-candidate.js';
import type { ColumnStats } from './column-stats.js';

/**
 * The share of rows `column = value` (or IN, or IS NULL) selects, the way the planner estimates it: a common value
 * has its sampled share, any other value an even part of what the common values leave. `values` undefined means a
 * parameter or an expression: the average share of one value.
 */
export function equalityShare(stats: ColumnStats, values: readonly ConstantValue[] | undefined): number {
  const commonTotal = stats.commonValues.reduce((sum, entry) => sum + entry.share, 0);
  const otherDistinct = Math.max(1, stats.distinctValues - stats.commonValues.length);
  const rareShare = Math.max(0, 1 - commonTotal - stats.nullFraction) / otherDistinct;
  if (!values) return stats.distinctValues > 0 ? (1 - stats.nullFraction) / stats.distinctValues : 1;
  const share = values.reduce((sum, value) => {
    if (value.kind === 'null') return sum + stats.nullFraction;
    const common = stats.commonValues.find((entry) => sameText(entry.value, value));
    return sum + (common ? common.share : rareShare);
  }, 0);
  return Math.min(1, share);
}

/**
 * Whether the column holds few distinct values that cover nearly every row (a status, a flag, a type): the shape for
 * which one rare value deserves a partial index rather than a key.
 */
export function isLowCardinality(stats: ColumnStats): boolean {
  const covered = stats.commonValues.reduce((sum, entry) => sum + entry.share, 0) + stats.nullFraction;
  return covered >= 0.95;
}

/**
 * Whether an index should not lead with the column: few values (a flag, a status), each holding on average at least
 * a tenth of the rows. A column of 180 tiles is low-cardinality for a partial index but still a selective key.
 */
export function isFewValued(stats: ColumnStats): boolean {
  return isLowCardinality(stats) && equalityShare(stats, undefined) >= 0.1;
}

/** pg_stats prints values in their text form: booleans as t/f, numbers without quotes. */
function sameText(statsValue: string, value: Exclude<ConstantValue, { kind: 'null' }>): boolean {
  if (value.kind === 'boolean') return statsValue === (value.value ? 't' : 'f');
  if (value.kind === 'number') return Number(statsValue) === Number(value.value);
  return statsValue === value.value;
}
