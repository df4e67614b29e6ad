import type { Node } from 'libpg-query';
import { isObject, listItems, nodesOfType, operatorName } from '../sql/walk-parse-tree.js';

/**
 * How a `$n` parameter meets a column, which decides what value of that column makes a plan worth seeing:
 * `equals` (=, IN, = ANY), `prefix` (LIKE/ILIKE), `lower`/`upper` (the lower or upper end of a range: >, >=,
 * BETWEEN's first bound / <, <=), `between-upper` (BETWEEN's second bound, which goes with the first), `written`
 * (INSERT's VALUES, UPDATE's SET), `limit` and `offset`.
 */
export type ParameterUseKind = 'equals' | 'any' | 'prefix' | 'lower' | 'upper' | 'between-upper' | 'written' | 'limit' | 'offset';

export interface ParameterUse {
  kind: ParameterUseKind;
  /** The column compared, as written: `j.state` is `{ qualifier: 'j', name: 'state' }`. Absent for LIMIT/OFFSET. */
  column?: { qualifier?: string; name: string };
}

/** A table the statement reads, with the alias a qualified column may use. */
export interface StatementTable {
  schema?: string;
  name: string;
  alias?: string;
}

const LOWER = new Set(['>', '>=']);
const UPPER = new Set(['<', '<=']);
const FLIPPED: Record<string, string> = { '>': '<', '>=': '<=', '<': '>', '<=': '>=', '=': '=' };

/** Each parameter number's first use against a column (or as LIMIT/OFFSET), from the parse tree alone. */
export function parameterUses(statement: Node): Map<number, ParameterUse> {
  const uses = new Map<number, ParameterUse>();
  const add = (param: unknown, use: ParameterUse) => {
    const number = paramNumber(param);
    if (number !== undefined && !uses.has(number)) uses.set(number, use);
  };
  for (const expr of nodesOfType(statement, 'A_Expr')) {
    const kind = String(expr.kind);
    const operator = operatorName(expr);
    const left = columnOf(expr.lexpr);
    const right = columnOf(expr.rexpr);
    if (kind === 'AEXPR_OP' && operator) {
      // `col op $n` or `$n op col`: the second reads as the first with the operator mirrored.
      const [column, param, op] = left ? [left, expr.rexpr, operator] : [right, expr.lexpr, FLIPPED[operator]];
      if (!column || !op) continue;
      if (op === '=') add(param, { kind: 'equals', column });
      else if (LOWER.has(op)) add(param, { kind: 'lower', column });
      else if (UPPER.has(op)) add(param, { kind: 'upper', column });
    } else if (kind === 'AEXPR_OP_ANY' && operator === '=' && left) {
      add(expr.rexpr, { kind: 'any', column: left });
    } else if (kind === 'AEXPR_IN' && left) {
      for (const item of listItems(expr.rexpr)) add(item, { kind: 'equals', column: left });
    } else if ((kind === 'AEXPR_LIKE' || kind === 'AEXPR_ILIKE') && left && !operator.startsWith('!')) {
      add(expr.rexpr, { kind: 'prefix', column: left });
    } else if (kind === 'AEXPR_BETWEEN' && left) {
      const [low, high] = listItems(expr.rexpr);
      add(low, { kind: 'lower', column: left });
      add(high, { kind: 'between-upper', column: left });
    }
  }
  for (const select of nodesOfType(statement, 'SelectStmt')) {
    add(select.limitCount, { kind: 'limit' });
    add(select.limitOffset, { kind: 'offset' });
  }
  // A value written into a column (INSERT … VALUES, UPDATE … SET) takes one of that column's values: the plan does
  // not depend on it, but with it the statement can run under ANALYZE (its triggers and foreign-key checks measured).
  for (const insert of nodesOfType(statement, 'InsertStmt')) {
    const columns = Array.isArray(insert.cols) ? insert.cols.map((col) => (isObject(col) && isObject(col.ResTarget) ? col.ResTarget.name : undefined)) : [];
    const select = isObject(insert.selectStmt) && isObject(insert.selectStmt.SelectStmt) ? insert.selectStmt.SelectStmt : undefined;
    for (const row of Array.isArray(select?.valuesLists) ? select.valuesLists : []) {
      listItems(row).forEach((value, index) => {
        const name = columns[index];
        if (typeof name === 'string') add(value, { kind: 'written', column: { name } });
      });
    }
  }
  for (const update of nodesOfType(statement, 'UpdateStmt')) {
    for (const target of Array.isArray(update.targetList) ? update.targetList : []) {
      const fields = isObject(target) && isObject(target.ResTarget) ? target.ResTarget : undefined;
      if (typeof fields?.name === 'string') add(fields.val, { kind: 'written', column: { name: fields.name } });
    }
  }
  return uses;
}

/** Every table named in the statement, in document order. */
export function statementTables(statement: Node): StatementTable[] {
  // The target of INSERT/UPDATE/DELETE/MERGE is a field typed RangeVar, so the tree holds it unwrapped.
  const targets = ['InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt'].flatMap((type) => nodesOfType(statement, type).map((fields) => fields.relation).filter(isObject));
  return [...targets, ...nodesOfType(statement, 'RangeVar')].map((range) => ({
    ...(typeof range.schemaname === 'string' ? { schema: range.schemaname } : {}),
    name: String(range.relname),
    ...(isObject(range.alias) && typeof range.alias.aliasname === 'string' ? { alias: range.alias.aliasname } : {}),
  }));
}

function paramNumber(node: unknown): number | undefined {
  if (!isObject(node)) return undefined;
  if (isObject(node.ParamRef)) return typeof node.ParamRef.number === 'number' ? node.ParamRef.number : undefined;
  // `$1::int` and `$1::text[]`: the cast does not change which column the value is compared with.
  if (isObject(node.TypeCast)) return paramNumber(node.TypeCast.arg);
  return undefined;
}

function columnOf(node: unknown): ParameterUse['column'] | undefined {
  if (!isObject(node)) return undefined;
  if (isObject(node.TypeCast)) return columnOf(node.TypeCast.arg);
  if (!isObject(node.ColumnRef) || !Array.isArray(node.ColumnRef.fields)) return undefined;
  const names = node.ColumnRef.fields.map((field) => (isObject(field) && isObject(field.String) ? field.String.sval : undefined));
  if (names.length === 0 || names.some((name) => typeof name !== 'string')) return undefined;
  const name = names.at(-1) as string;
  return names.length > 1 ? { qualifier: names.at(-2) as string, name } : { name };
}
