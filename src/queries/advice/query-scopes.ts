import type { Node } from 'libpg-query';
import { nodesOfType } from '../sql/walk-parse-tree.js';
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
export function queryScopes(statement: Node): QueryScope[] {
  const scopes: QueryScope[] = [];
  for (const update of nodesOfType(statement, 'UpdateStmt')) scopes.push(writeScope(update, update.fromClause));
  for (const remove of nodesOfType(statement, 'DeleteStmt')) scopes.push(writeScope(remove, remove.usingClause));
  for (const select of nodesOfType(statement, 'SelectStmt')) {
    // A UNION's own node has no FROM list; its branches are SelectStmt nodes visited on their own.
    if (!Array.isArray(select.fromClause)) continue;
    const scope = emptyScope();
    select.fromClause.forEach((item) => addFromItem(scope, item));
    scope.conditions.push(...conjuncts(select.whereClause));
    scope.sortBy = asList(select.sortClause).flatMap((entry) => (isFields(entry) && isFields(entry.SortBy) ? [entry.SortBy] : []));
    scope.hasLimit = select.limitCount !== undefined;
    scopes.push(scope);
  }
  return scopes;
}

function writeScope(statement: Fields, extraFrom: unknown): QueryScope {
  const scope = emptyScope();
  addFromItem(scope, { RangeVar: statement.relation });
  asList(extraFrom).forEach((item) => addFromItem(scope, item));
  scope.conditions.push(...conjuncts(statement.whereClause));
  return scope;
}

function emptyScope(): QueryScope {
  return { tables: new Map(), conditions: [], sortBy: [], hasLimit: false };
}

/** Tables and join conditions of one FROM item; a subquery in FROM is left to its own scope. */
function addFromItem(scope: QueryScope, item: unknown): void {
  if (!isFields(item)) return;
  if (isFields(item.RangeVar)) {
    const range = item.RangeVar;
    if (typeof range.relname !== 'string') return;
    const alias = isFields(range.alias) && typeof range.alias.aliasname === 'string' ? range.alias.aliasname : range.relname;
    scope.tables.set(alias, typeof range.schemaname === 'string' ? { schema: range.schemaname, name: range.relname } : { name: range.relname });
    return;
  }
  if (isFields(item.JoinExpr)) {
    addFromItem(scope, item.JoinExpr.larg);
    addFromItem(scope, item.JoinExpr.rarg);
    scope.conditions.push(...conjuncts(item.JoinExpr.quals));
  }
}

/** `a AND (b AND c)` → [a, b, c]; an OR or NOT stays one condition, which the predicate reader mostly ignores. */
export function conjuncts(condition: unknown): unknown[] {
  if (!isFields(condition)) return [];
  const bool = condition.BoolExpr;
  if (isFields(bool) && bool.boolop === 'AND_EXPR') return asList(bool.args).flatMap(conjuncts);
  return [condition];
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
