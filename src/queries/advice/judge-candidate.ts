import type { PlanDatabase } from '../../postgres/db/plan-database.js';
import { formatShare } from '../plan/plan-numbers.js';
import type { PgParser } from '../../postgres/sql/pg-parser.js';
import { readColumnStats } from './column-stats.js';
import { candidateKeys, describeCondition, describeKey, sameKey, type ConstantEquality, type IndexCandidate, type IndexKey } from './index-candidate.js';
import type { IndexDefinition } from './index-definition.js';
import type { MissingIndexOptions } from '../rules/index-advice/missing-index.js';
import { equalityShare, isFewValued, isLowCardinality } from './predicate-selectivity.js';
import { quoteIdentifier } from './sql-text.js';
import type { TableFacts } from './table-facts.js';

export type Judgement =
  | { verdict: 'skip'; reason: string }
  /** An existing index already serves the candidate: nothing to say, the statement is fine as far as indexes go. */
  | { verdict: 'served'; index: string }
  /**
   * The table is under `min-table-rows`: an index would not pay, and saying so on every statement that reads a small
   * table (every statement, on empty embedded tables) is noise; the run's advice stats count it as skipped.
   */
  | { verdict: 'small' }
  | { verdict: 'verify'; definition: IndexDefinition };

interface RatedEquality extends ConstantEquality {
  share: number;
  lowCardinality: boolean;
  fewValued: boolean;
}

/**
 * Decides from the catalog whether a candidate is worth a planner call, and shapes its final definition: a table
 * below `min-table-rows` is skipped; a rare literal on a few-valued column becomes the partial index's WHERE; a
 * literal condition that selects more than `max-selected-share` of the rows is dropped from the keys, and when
 * nothing else is left the candidate is skipped; low-cardinality equality keys go after the selective ones (and
 * after a range key); an existing btree that already leads with the keys serves it (no partial candidate is served
 * so: its WHERE narrows).
 */
export async function judgeCandidate(
  database: PlanDatabase,
  parser: PgParser,
  candidate: IndexCandidate,
  facts: TableFacts,
  options: MissingIndexOptions,
): Promise<Judgement> {
  if (facts.estimatedRows !== undefined && facts.estimatedRows < options['min-table-rows']) return { verdict: 'small' };
  const rated = await rateEqualities(database, facts, candidate.constantEqualities);
  const partial = rated.find((equality) => equality.lowCardinality && equality.share <= options['max-partial-share']);
  const unselective = rated.filter((equality) => equality !== partial && equality.share > options['max-selected-share']);
  const dropped = [...unselective, ...(partial ? [partial] : [])];
  const kept = candidate.equalityKeys.filter((key) => !dropped.some((equality) => sameKey(equality.key, key)));
  const { selective, low } = await byCardinality(database, facts, kept, rated);
  // Behind a range key a low-cardinality column no longer narrows the seek, but the index still filters on it
  // without visiting the table; in front of it, a flag would lead the index.
  let keys = candidate.rangeKey ? [...candidateKeys({ ...candidate, equalityKeys: selective }), ...low] : candidateKeys({ ...candidate, equalityKeys: [...selective, ...low] });
  if (keys.length === 0 && partial && unselective.length === 0) keys = [partial.key];
  if (keys.length === 0) {
    const [first] = unselective;
    return {
      verdict: 'skip',
      reason:
        `not selective: ${describeCondition(first)} selects about ${formatShare(first.share)} of the rows (pg_stats), ` +
        `above max-selected-share ${options['max-selected-share']}`,
    };
  }
  // A partial candidate narrows by its WHERE: an index without it serves only when it leads with that column too
  // (a primary key on id does not serve `status = 'pending' ORDER BY id`; the planner judges the partial index).
  const served = partial && !keys.some((key) => sameKey(key, partial.key)) ? [partial.key, ...keys] : keys;
  const covering = facts.indexes.find((index) => !index.partial && leadsWith(parser, index.keys, served));
  if (covering) return { verdict: 'served', index: covering.name };
  return { verdict: 'verify', definition: { schema: facts.schema, table: facts.name, keys, ...(partial ? { partial } : {}) } };
}

/** Shares from pg_stats for the literal conditions on plain columns; expressions have no statistics of their own. */
async function rateEqualities(database: PlanDatabase, facts: TableFacts, equalities: ConstantEquality[]): Promise<RatedEquality[]> {
  const rated: RatedEquality[] = [];
  for (const equality of equalities) {
    if (equality.key.wrappedIn) continue;
    const stats = await readColumnStats(database, facts, equality.key.column);
    if (!stats) continue;
    rated.push({ ...equality, share: equalityShare(stats, equality.values), lowCardinality: isLowCardinality(stats), fewValued: isFewValued(stats) });
  }
  return rated;
}

/**
 * Equality keys split into selective and few-valued ones (a boolean, a status: common values covering ≥ 95% of the
 * rows, each value on average ≥ 10% of them): the few-valued ones go after the selective ones, and after a range key. For equalities the order does not
 * change what the index finds, but a selective leading column lets the same index serve other queries on it, and a
 * DBA would never lead with a flag.
 */
async function byCardinality(database: PlanDatabase, facts: TableFacts, keys: IndexKey[], rated: readonly RatedEquality[]): Promise<{ selective: IndexKey[]; low: IndexKey[] }> {
  const low: IndexKey[] = [];
  const selective: IndexKey[] = [];
  for (const key of keys) {
    // A literal condition's column was rated already: its statistics are not read twice.
    const known = rated.find((equality) => sameKey(equality.key, key));
    const fewValued = known ? known.fewValued : await isFewValuedKey(database, facts, key);
    (fewValued ? low : selective).push(key);
  }
  return { selective, low };
}

async function isFewValuedKey(database: PlanDatabase, facts: TableFacts, key: IndexKey): Promise<boolean> {
  const stats = key.wrappedIn ? undefined : await readColumnStats(database, facts, key.column);
  return stats !== undefined && isFewValued(stats);
}

/** pg_get_indexdef prints each key without its direction, quoting names as SQL needs: compare in that form. */
function leadsWith(parser: PgParser, existing: string[], keys: IndexKey[]): boolean {
  if (existing.length < keys.length) return false;
  return keys.every((key, index) => {
    const column = quoteIdentifier(parser, key.column);
    return existing[index] === (key.wrappedIn ? `${quoteIdentifier(parser, key.wrappedIn)}(${column})` : column);
  });
}
