import { listItems, nameStrings, operatorName, someNode } from '../sql/walk-parse-tree.js';
import type { ConstantValue, IndexKey } from './index-candidate.js';
import { isFields } from './query-scopes.js';

type Fields = Record<string, unknown>;

/** A reference to one column of one table of the scope, possibly inside a one-argument function. */
export interface KeyReference {
  /** The alias or table name written before the column; absent for an unqualified column. */
  qualifier?: string;
  key: IndexKey;
}

/** A condition a btree index can serve, tied to the column (or expression) it constrains. */
export type Predicate =
  | { kind: 'equality'; ref: KeyReference; constants?: ConstantValue[] }
  | { kind: 'join'; ref: KeyReference }
  | { kind: 'range'; ref: KeyReference };

const RANGE_OPERATORS = new Set(['<', '>', '<=', '>=']);

/**
 * What one AND-ed condition offers an index. Equality: `col = value`, `col IN (…)`, `col IS NULL` and a bare
 * boolean column. Range: `<`, `>`, BETWEEN and `LIKE 'prefix%'`. Join: `a.x = b.y`, one predicate per side. A value
 * is anything without a column in it (a literal, `$1`, `now()`); `constants` is set only when every value is a
 * literal, since only literals can be looked up in pg_stats or written into a partial index.
 */
export function predicatesOf(condition: unknown): Predicate[] {
  if (!isFields(condition)) return [];
  const bare = keyReference(condition);
  if (bare && !bare.key.wrappedIn) return [{ kind: 'equality', ref: bare, constants: [{ kind: 'boolean', value: true }] }];
  if (isFields(condition.NullTest)) return nullTest(condition.NullTest);
  if (isFields(condition.BoolExpr)) return negatedColumn(condition.BoolExpr);
  if (!isFields(condition.A_Expr)) return [];
  const expression = condition.A_Expr;
  const operator = operatorName(expression);
  switch (expression.kind) {
    case 'AEXPR_OP':
      return comparison(operator, expression.lexpr, expression.rexpr);
    case 'AEXPR_IN':
      return operator === '=' ? inList(expression.lexpr, expression.rexpr) : [];
    case 'AEXPR_BETWEEN':
      return sidedWithValues(expression.lexpr, listItems(expression.rexpr), 'range');
    case 'AEXPR_LIKE':
      return operator === '~~' && isPrefixPattern(expression.rexpr) ? sidedWithValues(expression.lexpr, [expression.rexpr], 'range') : [];
    default:
      return [];
  }
}

function comparison(operator: string, left: unknown, right: unknown): Predicate[] {
  const leftRef = keyReference(left);
  const rightRef = keyReference(right);
  if (operator === '=' && leftRef && rightRef) return [{ kind: 'join', ref: leftRef }, { kind: 'join', ref: rightRef }];
  const [ref, value] = leftRef ? [leftRef, right] : [rightRef, left];
  if (!ref || !isValue(value)) return [];
  if (operator === '=') return [withConstants(ref, [value])];
  return RANGE_OPERATORS.has(operator) ? [{ kind: 'range', ref }] : [];
}

function inList(left: unknown, right: unknown): Predicate[] {
  const ref = keyReference(left);
  const items = listItems(right);
  if (!ref || items.length === 0 || !items.every(isValue)) return [];
  return [withConstants(ref, items)];
}

function sidedWithValues(left: unknown, values: unknown[], kind: 'range'): Predicate[] {
  const ref = keyReference(left);
  return ref && values.length > 0 && values.every(isValue) ? [{ kind, ref }] : [];
}

function nullTest(test: Fields): Predicate[] {
  const ref = keyReference(test.arg);
  if (!ref || test.nulltesttype !== 'IS_NULL') return [];
  return [{ kind: 'equality', ref, constants: [{ kind: 'null' }] }];
}

/** `NOT active` reads as `active = false`. */
function negatedColumn(bool: Fields): Predicate[] {
  const args = Array.isArray(bool.args) ? bool.args : [];
  const ref = bool.boolop === 'NOT_EXPR' && args.length === 1 ? keyReference(args[0]) : undefined;
  if (!ref || ref.key.wrappedIn) return [];
  return [{ kind: 'equality', ref, constants: [{ kind: 'boolean', value: false }] }];
}

function withConstants(ref: KeyReference, values: unknown[]): Predicate {
  const constants = values.map(constantValue);
  if (constants.every((constant): constant is ConstantValue => constant !== undefined)) return { kind: 'equality', ref, constants };
  return { kind: 'equality', ref };
}

/** `o.status`, `status`, `lower(c.email)`: a column of the scope, bare or inside a one-argument function. */
export function keyReference(node: unknown): KeyReference | undefined {
  if (!isFields(node)) return undefined;
  if (isFields(node.ColumnRef)) return columnReference(node.ColumnRef);
  const call = node.FuncCall;
  if (!isFields(call) || !Array.isArray(call.args) || call.args.length !== 1 || call.agg_star || call.over) return undefined;
  const inner = isFields(call.args[0]) && isFields(call.args[0].ColumnRef) ? columnReference(call.args[0].ColumnRef) : undefined;
  const name = nameStrings(call.funcname).at(-1);
  if (!inner || !name || inner.key.wrappedIn) return undefined;
  return { ...inner, key: { column: inner.key.column, wrappedIn: name } };
}

function columnReference(ref: Fields): KeyReference | undefined {
  const names = nameStrings(ref.fields);
  if (names.length === 0 || (Array.isArray(ref.fields) && names.length !== ref.fields.length)) return undefined;
  const column = names.at(-1) as string;
  return names.length >= 2 ? { qualifier: names.at(-2), key: { column } } : { key: { column } };
}

/** A value the index compares with: nothing in it reads a column or runs a subquery. */
function isValue(node: unknown): boolean {
  return isFields(node) && !someNode(node, (type) => type === 'ColumnRef' || type === 'SubLink');
}

/** A literal, possibly cast (`'2024-01-01'::date`); anything else (`$1`, `now()`) has no value to look up. */
export function constantValue(node: unknown): ConstantValue | undefined {
  if (!isFields(node)) return undefined;
  if (isFields(node.TypeCast)) return constantValue(node.TypeCast.arg);
  const constant = node.A_Const;
  if (!isFields(constant)) return undefined;
  if (constant.isnull) return { kind: 'null' };
  if (isFields(constant.sval)) return { kind: 'string', value: String(constant.sval.sval ?? '') };
  // protobuf leaves out zero and false: `{ ival: {} }` is 0, `{ boolval: {} }` is false.
  if (isFields(constant.ival)) return { kind: 'number', value: String(constant.ival.ival ?? 0) };
  if (isFields(constant.fval)) return { kind: 'number', value: String(constant.fval.fval ?? '0') };
  if (isFields(constant.boolval)) return { kind: 'boolean', value: constant.boolval.boolval === true };
  return undefined;
}

/** `'abc%'` can use a btree range; `'%abc'` or `'_bc'` cannot. */
function isPrefixPattern(node: unknown): boolean {
  const constant = constantValue(node);
  return constant?.kind === 'string' && constant.value.length > 0 && !/^[%_]/.test(constant.value);
}
