/**
 * Values as expr-lang sees them in an Argo condition. Go keeps int and float64 apart (`7 / 2` is 3.5 but `7 % 2`
 * needs ints, `isNaN` takes only a float64), so ints are bigints here and every JS number is a float64: Argo's
 * providers hand conditions float64s (Prometheus samples, decoded JSON), and literals without a dot are ints.
 */
export type ExprValue = null | boolean | string | bigint | number | ExprValue[] | ExprMap;
export type ExprMap = ReadonlyMap<string, ExprValue>;

/** A runtime error of the expression itself: in Argo it makes the measurement Error. */
export class ExprRuntimeError extends Error {}

/** Valid expr-lang that this evaluator does not cover: reported as not evaluated rather than guessed. */
export class ExprUnsupportedError extends Error {}

/** Go's type names, as expr-lang's own error messages use them. */
export function typeName(value: ExprValue): string {
  if (value === null) return 'nil';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'bigint') return 'int';
  if (typeof value === 'number') return 'float64';
  if (Array.isArray(value)) return 'array';
  return 'map';
}

export function isNumber(value: ExprValue): value is bigint | number {
  return typeof value === 'bigint' || typeof value === 'number';
}

export function isMap(value: ExprValue): value is ExprMap {
  return value instanceof Map;
}

/** Go's int64 arithmetic wraps around; so does this. */
export function int64(value: bigint): bigint {
  return BigInt.asIntN(64, value);
}

/** Converts the provider's result (plain data) into expr values; anything else is outside what Argo passes. */
export function toExprValue(input: unknown): ExprValue {
  if (input === null || input === undefined) return null;
  if (typeof input === 'boolean' || typeof input === 'string' || typeof input === 'number') return input;
  if (typeof input === 'bigint') return int64(input);
  if (Array.isArray(input)) return input.map(toExprValue);
  if (typeof input === 'object' && Object.getPrototypeOf(input) === Object.prototype) {
    return new Map(Object.entries(input as Record<string, unknown>).map(([key, value]) => [key, toExprValue(value)]));
  }
  throw new ExprUnsupportedError(`the result is a ${typeof input}, not plain data`);
}

/** How a value reads in a message: Go-like, short, never the whole of a long list. */
export function describeValue(value: ExprValue): string {
  if (value === null) return 'nil';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return goFloat(value);
  if (Array.isArray(value)) return value.length > 5 ? `[${value.slice(0, 5).map(describeValue).join(', ')}, …]` : `[${value.map(describeValue).join(', ')}]`;
  if (isMap(value)) return `map with keys ${[...value.keys()].join(', ') || '(none)'}`;
  return String(value);
}

function goFloat(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return '+Inf';
  if (value === Number.NEGATIVE_INFINITY) return '-Inf';
  return String(value);
}
