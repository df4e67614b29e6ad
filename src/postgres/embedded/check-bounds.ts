import type { PgParser } from '../sql/pg-parser.js';
import type { CheckConstraint } from './table-catalog.js';

/** What simple CHECK constraints allow for one column: a numeric range, or a list of values. */
export interface ColumnBounds {
  /** Smallest allowed number (inclusive; `> 0` becomes a minimum just above 0 by the generator's step). */
  min?: { value: number; inclusive: boolean };
  max?: { value: number; inclusive: boolean };
  /** `status IN ('new', 'paid')` (printed back as `= ANY (ARRAY[…])`). */
  values?: string[];
  /** A date range (`logdate >= '2006-02-01'` and `< '2006-03-01'`, as a range partition's bounds read): ISO dates, from inclusive, to exclusive. */
  dates?: { from?: string; to?: string };
}

type Node = Record<string, unknown>;

/**
 * Reads the simple shapes of CHECK constraints — `col <op> constant` with < <= > >= =, `col = ANY (ARRAY[…])`
 * (what `IN (…)` is stored as), and ANDs of them — so generated values satisfy them by construction. Anything else
 * (`end_at > start_at`, `length(code) = 3`, ORs) is not modelled here; the generator filters its candidate rows
 * through every CHECK instead, so such rows are dropped and replaced rather than inserted.
 */
export function checkBounds(parser: PgParser, checks: readonly CheckConstraint[]): Map<string, ColumnBounds> {
  const bounds = new Map<string, ColumnBounds>();
  for (const check of checks) {
    let where: unknown;
    try {
      where = field(parser.parse(`SELECT 1 WHERE ${check.expression}`).stmts?.[0]?.stmt, 'SelectStmt');
    } catch {
      continue;
    }
    collect(field(where, 'whereClause'), bounds);
  }
  return bounds;
}

function collect(node: unknown, bounds: Map<string, ColumnBounds>): void {
  const and = field(node, 'BoolExpr');
  if (and && field(and, 'boolop') === 'AND_EXPR') {
    for (const argument of (field(and, 'args') as unknown[]) ?? []) collect(argument, bounds);
    return;
  }
  const expression = field(node, 'A_Expr');
  if (!expression) return;
  const operator = field(field((field(expression, 'name') as unknown[] | undefined)?.[0], 'String'), 'sval');
  const kind = field(expression, 'kind');
  const column = columnName(field(expression, 'lexpr'));
  if (kind === 'AEXPR_OP_ANY' && operator === '=' && column) {
    const values = arrayConstants(field(expression, 'rexpr'));
    if (values) boundsOf(bounds, column).values = values;
    return;
  }
  if (kind !== 'AEXPR_OP') return;
  const constant = constantText(field(expression, 'rexpr'));
  if (column && constant !== undefined && typeof operator === 'string') addComparison(boundsOf(bounds, column), operator, constant);
}

function addComparison(bounds: ColumnBounds, operator: string, constant: string): void {
  const value = Number(constant);
  if (operator === '=') {
    bounds.values = [constant];
    return;
  }
  const date = /^(\d{4}-\d{2}-\d{2})(?:[ T]00:00(?::00)?)?$/.exec(constant)?.[1];
  if (date && (operator === '>=' || operator === '<')) {
    bounds.dates = { ...bounds.dates, [operator === '>=' ? 'from' : 'to']: date };
    return;
  }
  if (!Number.isFinite(value)) return;
  if (operator === '>' || operator === '>=') bounds.min = { value, inclusive: operator === '>=' };
  if (operator === '<' || operator === '<=') bounds.max = { value, inclusive: operator === '<=' };
}

function boundsOf(bounds: Map<string, ColumnBounds>, column: string): ColumnBounds {
  const existing = bounds.get(column) ?? {};
  bounds.set(column, existing);
  return existing;
}

/** `price`, or `(status)::text` as PostgreSQL prints a varchar compared with text. */
function columnName(node: unknown): string | undefined {
  const inner = unwrapCast(node);
  const fields = field(field(inner, 'ColumnRef'), 'fields') as unknown[] | undefined;
  if (!fields || fields.length !== 1) return undefined;
  return field(field(fields[0], 'String'), 'sval') as string | undefined;
}

function arrayConstants(node: unknown): string[] | undefined {
  const elements = field(field(unwrapCast(node), 'A_ArrayExpr'), 'elements') as unknown[] | undefined;
  if (!elements) return undefined;
  const values = elements.map(constantText);
  return values.every((value): value is string => value !== undefined) ? values : undefined;
}

/** A constant's text: libpg-query leaves `ival` empty for 0 and prints negative casts as strings (`'-5'::integer`). */
function constantText(node: unknown): string | undefined {
  const constant = field(unwrapCast(node), 'A_Const');
  if (!constant) return undefined;
  if (has(constant, 'ival')) return String(field(field(constant, 'ival'), 'ival') ?? 0);
  if (has(constant, 'fval')) return String(field(field(constant, 'fval'), 'fval'));
  if (has(constant, 'sval')) return String(field(field(constant, 'sval'), 'sval'));
  return undefined;
}

function unwrapCast(node: unknown): unknown {
  const cast = field(node, 'TypeCast');
  return cast ? unwrapCast(field(cast, 'arg')) : node;
}

function field(node: unknown, key: string): unknown {
  if (!has(node, key)) return undefined;
  return (node as Node)[key];
}

function has(node: unknown, key: string): boolean {
  return typeof node === 'object' && node !== null && key in node;
}
