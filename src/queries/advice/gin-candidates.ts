import type { Node } from 'libpg-query';
import type { TableName } from './index-candidate.js';
import { isFields, queryScopes, type QueryScope } from './query-scopes.js';
import { operatorName } from '../sql/walk-parse-tree.js';
import { constantValue, keyReference } from './scope-predicates.js';

/**
 * A condition only a GIN index can serve: array or jsonb containment and overlap (`tags && $1`, `doc @> '{…}'`,
 * `doc ? 'key'`), or a pattern with no fixed prefix (`LIKE '%word%'`, `~ 'word'`), which pg_trgm's trigram GIN serves.
 * A btree serves neither, so these never become btree keys.
 */
export interface GinCandidate {
  table: TableName;
  column: string;
  kind: 'containment' | 'trigram';
  /** The operator as written, for the message: `&&`, `@>`, `LIKE`, `~`. */
  operator: string;
}

const CONTAINMENT = new Set(['@>', '<@', '&&', '?', '?|', '?&']);
const REGEX = new Set(['~', '~*']);

export function deriveGinCandidates(statement: Node): GinCandidate[] {
  const found: GinCandidate[] = [];
  for (const scope of queryScopes(statement)) {
    for (const condition of scope.conditions) {
      const candidate = isFields(condition) && isFields(condition.A_Expr) ? ginCondition(scope, condition.A_Expr) : undefined;
      if (candidate && !found.some((known) => JSON.stringify(known) === JSON.stringify(candidate))) found.push(candidate);
    }
  }
  return found;
}

function ginCondition(scope: QueryScope, expression: Record<string, unknown>): GinCandidate | undefined {
  const ref = keyReference(expression.lexpr);
  if (!ref || ref.key.wrappedIn) return undefined;
  const table = ref.qualifier !== undefined ? scope.tables.get(ref.qualifier) : scope.tables.size === 1 ? [...scope.tables.values()][0] : undefined;
  if (!table) return undefined;
  const operator = operatorName(expression);
  const column = ref.key.column;
  if (expression.kind === 'AEXPR_OP' && CONTAINMENT.has(operator)) return { table, column, kind: 'containment', operator };
  if (expression.kind === 'AEXPR_OP' && REGEX.has(operator)) return { table, column, kind: 'trigram', operator };
  if ((expression.kind === 'AEXPR_LIKE' || expression.kind === 'AEXPR_ILIKE') && (operator === '~~' || operator === '~~*') && leadingWildcard(expression.rexpr)) {
    return { table, column, kind: 'trigram', operator: operator === '~~' ? 'LIKE' : 'ILIKE' };
  }
  return undefined;
}

/** `'%word%'`, `'_ord'`, or `'%' || $1 || '%'`: a pattern a btree cannot start from. */
function leadingWildcard(node: unknown): boolean {
  const constant = constantValue(node);
  if (constant) return constant.kind === 'string' && /^[%_]/.test(constant.value);
  if (!isFields(node) || !isFields(node.A_Expr)) return false;
  return leadingWildcard(node.A_Expr.lexpr);
}
