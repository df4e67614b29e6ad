import { ExprRuntimeError, ExprUnsupportedError, type ExprValue, describeValue, isMap, isNumber, typeName } from './expr-value.js';

/**
 * The functions a condition can call with plain (already evaluated) arguments: expr-lang's builtins len, abs, max,
 * min, and the ones Argo Rollouts adds to the environment (utils/evaluate): isNaN, isInf, asInt, asFloat, isNil,
 * default. Argo's isNil and default ignore their first argument and look at `result` itself, so they get it here.
 */
export type ExprFunction = (args: ExprValue[], result: ExprValue) => ExprValue;

const GO_INT_PATTERN = /^[+-]?\d+$/;
const GO_FLOAT_PATTERN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const GO_INFINITY_PATTERN = /^([+-]?)(?:inf|infinity)$/i;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

export const EXPR_FUNCTIONS: ReadonlyMap<string, ExprFunction> = new Map<string, ExprFunction>([
  ['len', (args) => length(single('len', args))],
  ['abs', (args) => absolute(single('abs', args))],
  ['max', (args) => extreme('max', args)],
  ['min', (args) => extreme('min', args)],
  ['isNaN', (args) => Number.isNaN(float64Argument('isNaN', single('isNaN', args)))],
  ['isInf', (args) => Math.abs(float64Argument('isInf', single('isInf', args))) === Number.POSITIVE_INFINITY],
  ['asInt', (args) => asInt(single('asInt', args))],
  ['asFloat', (args) => asFloat(single('asFloat', args))],
  ['isNil', (args, result) => {
    single('isNil', args);
    return result === null;
  }],
  ['default', (args, result) => {
    if (args.length !== 2) throw new ExprRuntimeError(`default takes 2 arguments, got ${args.length}`);
    return result === null ? args[1] : result;
  }],
]);

function single(name: string, args: ExprValue[]): ExprValue {
  if (args.length !== 1) throw new ExprRuntimeError(`${name} takes 1 argument, got ${args.length}`);
  return args[0];
}

function length(value: ExprValue): bigint {
  if (typeof value === 'string') return BigInt([...value].length);
  if (Array.isArray(value)) return BigInt(value.length);
  if (value !== null && isMap(value)) return BigInt(value.size);
  throw new ExprRuntimeError(`invalid argument for len (type ${typeName(value)})`);
}

function absolute(value: ExprValue): ExprValue {
  if (typeof value === 'bigint') return value < 0n ? -value : value;
  if (typeof value === 'number') return Math.abs(value);
  throw new ExprRuntimeError(`invalid argument for abs (type ${typeName(value)})`);
}

/** expr-lang's max/min take numbers or lists of numbers and return the winning element with its own type. */
function extreme(name: 'max' | 'min', args: ExprValue[]): ExprValue {
  const candidates = args.flatMap((arg) => (Array.isArray(arg) ? arg : [arg]));
  if (candidates.length === 0) throw new ExprRuntimeError(`not enough arguments to call ${name}`);
  let best: bigint | number | undefined;
  for (const candidate of candidates) {
    if (!isNumber(candidate)) throw new ExprRuntimeError(`invalid argument for ${name} (type ${typeName(candidate)})`);
    if (Number.isNaN(candidate)) throw new ExprUnsupportedError(`${name} over NaN is outside the evaluated subset`);
    if (best === undefined || (name === 'max' ? Number(candidate) > Number(best) : Number(candidate) < Number(best))) best = candidate;
  }
  return best ?? null;
}

/** Argo passes Go's math.IsNaN / math.IsInf, which take a float64 and nothing else. */
function float64Argument(name: string, value: ExprValue): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') throw new ExprUnsupportedError(`${name} of an int is outside the evaluated subset`);
  throw new ExprRuntimeError(`${name} expects a float64, got ${typeName(value)} ${describeValue(value)}`);
}

/** Argo's asInt: numbers truncate toward zero, strings parse as base-10 int64, anything else panics. */
function asInt(value: ExprValue): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) >= 2 ** 63) throw new ExprUnsupportedError(`asInt of ${describeValue(value)} is implementation-defined in Go`);
    return BigInt(Math.trunc(value));
  }
  if (typeof value === 'string') {
    const parsed = GO_INT_PATTERN.test(value) ? BigInt(value) : undefined;
    if (parsed === undefined || parsed < INT64_MIN || parsed > INT64_MAX) throw new ExprRuntimeError(`strconv.ParseInt: parsing ${JSON.stringify(value)}: invalid syntax`);
    return parsed;
  }
  throw new ExprRuntimeError(`asInt() not supported on ${typeName(value)} ${describeValue(value)}`);
}

/** Argo's asFloat: numbers convert, strings parse like Go's strconv.ParseFloat, anything else panics. */
function asFloat(value: ExprValue): number {
  if (isNumber(value)) return Number(value);
  if (typeof value !== 'string') throw new ExprRuntimeError(`asFloat() not supported on ${typeName(value)} ${describeValue(value)}`);
  if (GO_FLOAT_PATTERN.test(value)) return Number(value);
  if (/^nan$/i.test(value)) return Number.NaN; // Go accepts no sign before NaN
  const infinity = GO_INFINITY_PATTERN.exec(value);
  if (infinity) return infinity[1] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (/^[+-]?0[xX]|_/.test(value)) throw new ExprUnsupportedError(`asFloat of ${JSON.stringify(value)} (hex or underscores) is outside the evaluated subset`);
  throw new ExprRuntimeError(`strconv.ParseFloat: parsing ${JSON.stringify(value)}: invalid syntax`);
}
