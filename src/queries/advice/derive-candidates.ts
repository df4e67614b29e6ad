import type { Node } from 'libpg-query';
import { candidateKeys, sameKey, type ConstantEquality, type IndexCandidate, type IndexKey, type TableName } from './index-candidate.js';
import { queryScopes, type QueryScope } from './query-scopes.js';
import { keyReference, predicatesOf, type KeyReference, type Predicate } from './scope-predicates.js';

/**
 * The btree index each table of a statement would want, from the parse tree alone: equality keys (literals and
 * parameters; join keys for a table without them), then at most one range key, then the ORDER BY keys when a LIMIT
 * can stop on them. A table with nothing an index could serve gets no candidate; whether one is worth it is for the
 * catalog and the planner to say.
 */
export function deriveCandidates(statement: Node): IndexCandidate[] {
  const candidates: IndexCandidate[] = [];
  for (const scope of queryScopes(statement)) {
    const predicates = scope.conditions.flatMap(predicatesOf);
    for (const [qualifier, table] of scope.tables) {
      const owned = predicates.filter((predicate) => ownerOf(scope, predicate.ref) === qualifier);
      const candidate = tableCandidate(table, owned, orderKeysFor(scope, qualifier));
      if (candidate && !candidates.some((known) => sameCandidate(known, candidate))) candidates.push(candidate);
    }
  }
  return candidates;
}

function tableCandidate(table: TableName, predicates: Predicate[], orderKeys: IndexKey[]): IndexCandidate | undefined {
  const equalities = predicates.filter((predicate) => predicate.kind === 'equality');
  // A join key helps the inner side of a join, looked up once per outer row. A table with conditions of its own is
  // more likely the outer side, read once through those conditions, so its join key would only widen the index.
  const lookups = equalities.length > 0 ? equalities : predicates.filter((predicate) => predicate.kind === 'join');
  const equalityKeys = distinctKeys(lookups.map((predicate) => predicate.ref.key));
  const constantEqualities: ConstantEquality[] = equalities.flatMap((predicate) =>
    predicate.constants ? [{ key: predicate.ref.key, values: predicate.constants }] : [],
  );
  const range = predicates.find((predicate) => predicate.kind === 'range' && !equalityKeys.some((key) => sameKey(key, predicate.ref.key)));
  const sortable = orderKeys.filter((key) => !equalityKeys.some((equal) => sameKey(equal, key)));
  const keys = rangeAndOrder(range?.ref.key, sortable);
  if (equalityKeys.length === 0 && !keys.rangeKey && keys.orderKeys.length === 0) return undefined;
  return { table, equalityKeys, ...keys, constantEqualities };
}

/**
 * A btree delivers rows in key order only after equality keys: with a range key first, ORDER BY is served only when
 * it starts with that same column, which then takes the ORDER BY's direction.
 */
function rangeAndOrder(rangeKey: IndexKey | undefined, orderKeys: IndexKey[]): Pick<IndexCandidate, 'rangeKey' | 'orderKeys'> {
  if (!rangeKey) return { orderKeys };
  const [first, ...rest] = orderKeys;
  if (first && sameKey(first, rangeKey)) return { rangeKey: first, orderKeys: rest };
  return { rangeKey, orderKeys: [] };
}

/** ORDER BY keys of one table, when a LIMIT is there to stop early and every key belongs to that table. */
function orderKeysFor(scope: QueryScope, qualifier: string): IndexKey[] {
  if (!scope.hasLimit || scope.sortBy.length === 0) return [];
  const keys: IndexKey[] = [];
  for (const sortBy of scope.sortBy) {
    const ref = keyReference(sortBy.node);
    if (!ref || ownerOf(scope, ref) !== qualifier || sortBy.sortby_nulls !== 'SORTBY_NULLS_DEFAULT') return [];
    keys.push(sortBy.sortby_dir === 'SORTBY_DESC' ? { ...ref.key, descending: true } : ref.key);
  }
  return keys;
}

/** The scope name a column belongs to; an unqualified column only when the scope has a single table. */
function ownerOf(scope: QueryScope, ref: KeyReference): string | undefined {
  if (ref.qualifier !== undefined) return scope.tables.has(ref.qualifier) ? ref.qualifier : undefined;
  return scope.tables.size === 1 ? [...scope.tables.keys()][0] : undefined;
}

function distinctKeys(keys: IndexKey[]): IndexKey[] {
  return keys.filter((key, index) => keys.findIndex((other) => sameKey(other, key)) === index);
}

function sameCandidate(a: IndexCandidate, b: IndexCandidate): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * One index for what several candidates of the same table want: a candidate whose keys are a prefix of another's
 * is served by that longer index, so only the longer one is verified and suggested.
 */
export function withoutCoveredPrefixes(candidates: readonly IndexCandidate[]): IndexCandidate[] {
  return candidates.filter(
    (candidate) =>
      !candidates.some((other) => {
        if (other === candidate || other.table.name !== candidate.table.name || other.table.schema !== candidate.table.schema) return false;
        const [short, long] = [candidateKeys(candidate), candidateKeys(other)];
        return short.length < long.length && short.every((key, index) => sameKey(key, long[index]) && key.descending === long[index].descending);
      }),
  );
}
