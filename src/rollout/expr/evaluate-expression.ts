import type jsep from 'jsep';
import { EXPR_FUNCTIONS } from './expr-functions.js';
import { applyBinary, applyUnary } from './expr-operators.js';
import type { ClosureNode, GroupNode } from './expr-syntax.js';
import { ExprRuntimeError, ExprUnsupportedError, type ExprValue, describeValue, isMap, typeName } from './expr-value.js';

/** What a name can refer to: Argo's `result`, and inside a predicate the current element `#`. */
interface Scope {
  result: ExprValue;
  element?: ExprValue;
}

const PREDICATE_FUNCTIONS = new Set(['all', 'any', 'none', 'one', 'filter', 'map', 'count']);
/** expr-lang builtins this evaluator leaves out: valid in Argo, so "not evaluated" rather than "unknown name". */
const UNCOVERED_BUILTINS = new Set([
  'sum', 'mean', 'median', 'first', 'last', 'round', 'floor', 'ceil', 'int', 'float', 'string', 'trim', 'trimPrefix',
  'trimSuffix', 'upper', 'lower', 'split', 'join', 'replace', 'repeat', 'indexOf', 'lastIndexOf', 'hasPrefix',
  'hasSuffix', 'type', 'toJSON', 'fromJSON', 'toBase64', 'fromBase64', 'now', 'duration', 'date', 'timezone', 'keys',
  'values', 'reduce', 'groupBy', 'sortBy', 'sort', 'find', 'findIndex', 'findLast', 'findLastIndex', 'concat', 'flatten',
  'uniq', 'reverse', 'get', 'toPairs', 'fromPairs', 'bitand', 'bitor', 'bitxor', 'bitnand', 'bitnot', 'bitshl', 'bitshr',
  'bitushr', 'take',
]);
const INT64_MAX = 2n ** 63n - 1n;

export function evaluateExpression(node: jsep.Expression, scope: Scope): ExprValue {
  switch (node.type) {
    case 'Literal':
      return literal(node as jsep.Literal);
    case 'Identifier':
      return identifier((node as jsep.Identifier).name, scope);
    case 'Group':
      return evaluateExpression((node as GroupNode).expression, scope);
    case 'UnaryExpression': {
      const unary = node as jsep.UnaryExpression;
      return applyUnary(unary.operator, evaluateExpression(unary.argument, scope));
    }
    case 'BinaryExpression':
      return binary(node as jsep.BinaryExpression, scope);
    case 'ConditionalExpression': {
      const conditional = node as jsep.ConditionalExpression;
      const test = evaluateExpression(conditional.test, scope);
      if (typeof test !== 'boolean') throw new ExprRuntimeError(`non-bool expression (type ${typeName(test)}) used as condition`);
      return evaluateExpression(test ? conditional.consequent : conditional.alternate, scope);
    }
    case 'MemberExpression':
      return member(node as jsep.MemberExpression, scope);
    case 'CallExpression':
      return call(node as jsep.CallExpression, scope);
    case 'ArrayExpression':
      return (node as jsep.ArrayExpression).elements.map((element) => {
        if (element === null) throw new ExprUnsupportedError('a list with an empty slot is not expr-lang');
        return evaluateExpression(element, scope);
      });
    case 'Closure':
      throw new ExprUnsupportedError('map literals ({…} outside a predicate) are outside the evaluated subset');
    case 'ThisExpression':
      throw new ExprRuntimeError('unknown name this');
    default:
      throw new ExprUnsupportedError(`${node.type} is outside the evaluated subset`);
  }
}

/** jsep reads every number as a JS number; expr-lang makes one with a dot or an exponent a float64, others ints. */
function literal(node: jsep.Literal): ExprValue {
  if (typeof node.value !== 'number') return node.value instanceof RegExp ? String(node.value) : node.value;
  if (/[.eE]/.test(node.raw)) return node.value;
  const integer = BigInt(node.raw);
  if (integer > INT64_MAX) throw new ExprUnsupportedError(`the integer ${node.raw} overflows int64`);
  return integer;
}

function identifier(name: string, scope: Scope): ExprValue {
  if (name === 'result') return scope.result;
  if (name === '#') {
    if (!('element' in scope)) throw new ExprRuntimeError('# is only defined inside a predicate such as all(result, {# > 0})');
    return scope.element ?? null;
  }
  if (name.startsWith('#')) throw new ExprUnsupportedError(`${name} is outside the evaluated subset`);
  throw new ExprRuntimeError(`unknown name ${name}`);
}

function binary(node: jsep.BinaryExpression, scope: Scope): ExprValue {
  const { operator } = node;
  if (operator === 'and' || operator === '&&') return logical(operator, node, scope, false);
  if (operator === 'or' || operator === '||') return logical(operator, node, scope, true);
  if (operator === '??') {
    const left = evaluateExpression(node.left, scope);
    return left === null ? evaluateExpression(node.right, scope) : left;
  }
  if ((operator === '**' || operator === '^') && node.left.type === 'UnaryExpression') {
    // expr-lang: `-2 ** 2` is -(2 ** 2); jsep grouped it as (-2) ** 2, so regroup (parentheses would be a Group node).
    const unary = node.left as jsep.UnaryExpression;
    return applyUnary(unary.operator, applyBinary(operator, evaluateExpression(unary.argument, scope), evaluateExpression(node.right, scope)));
  }
  return applyBinary(operator, evaluateExpression(node.left, scope), evaluateExpression(node.right, scope));
}

/** `and` stops at the first false, `or` at the first true; both sides must be bools, as in expr-lang. */
function logical(operator: string, node: jsep.BinaryExpression, scope: Scope, stopsOn: boolean): boolean {
  const left = evaluateExpression(node.left, scope);
  if (typeof left !== 'boolean') throw new ExprRuntimeError(`invalid operation: ${operator} (mismatched types ${typeName(left)} and bool)`);
  if (left === stopsOn) return left;
  const right = evaluateExpression(node.right, scope);
  if (typeof right !== 'boolean') throw new ExprRuntimeError(`invalid operation: ${operator} (mismatched types bool and ${typeName(right)})`);
  return right;
}

function member(node: jsep.MemberExpression, scope: Scope): ExprValue {
  const object = evaluateExpression(node.object, scope);
  if (object === null && node.optional === true) return null;
  const key: ExprValue = node.computed ? evaluateExpression(node.property, scope) : (node.property as jsep.Identifier).name;
  return fetch(object, key);
}

/** expr-lang's runtime.Fetch: lists take int indexes (negative counts from the end), maps string keys. */
function fetch(from: ExprValue, key: ExprValue): ExprValue {
  if (Array.isArray(from)) {
    if (typeof key !== 'bigint' && typeof key !== 'number') throw new ExprRuntimeError(`cannot use ${typeName(key)} as index to array`);
    if (typeof key === 'number' && !Number.isFinite(key)) throw new ExprUnsupportedError(`indexing with ${describeValue(key)} is outside the evaluated subset`);
    const requested = typeof key === 'bigint' ? Number(key) : Math.trunc(key);
    const index = requested < 0 ? from.length + requested : requested;
    if (index < 0 || index >= from.length) throw new ExprRuntimeError(`index out of range: ${index} (array length is ${from.length})`);
    return from[index];
  }
  if (from !== null && isMap(from)) {
    if (typeof key !== 'string') throw new ExprRuntimeError(`cannot use ${typeName(key)} as a map key`);
    return from.get(key) ?? null;
  }
  if (typeof from === 'string') throw new ExprUnsupportedError('indexing into a string is outside the evaluated subset');
  throw new ExprRuntimeError(`cannot fetch ${typeof key === 'string' ? key : describeValue(key)} from ${typeName(from)}`);
}

function call(node: jsep.CallExpression, scope: Scope): ExprValue {
  if (node.callee.type !== 'Identifier') throw new ExprUnsupportedError('method calls are outside the evaluated subset');
  const name = (node.callee as jsep.Identifier).name;
  if (PREDICATE_FUNCTIONS.has(name)) return predicateCall(name, node.arguments, scope);
  const builtin = EXPR_FUNCTIONS.get(name);
  if (builtin) return builtin(node.arguments.map((argument) => evaluateExpression(argument, scope)), scope.result);
  if (UNCOVERED_BUILTINS.has(name)) throw new ExprUnsupportedError(`the function ${name}() is outside the evaluated subset`);
  throw new ExprRuntimeError(`unknown name ${name}`);
}

/** all/any/none/one/filter/map/count over a list, with `#` bound to each element; `{ }` around the predicate is optional. */
function predicateCall(name: string, args: jsep.Expression[], scope: Scope): ExprValue {
  if (args.length !== 2) throw new ExprUnsupportedError(`${name}() with ${args.length} argument(s) is outside the evaluated subset`);
  const list = evaluateExpression(args[0], scope);
  if (!Array.isArray(list)) throw new ExprRuntimeError(`cannot iterate over ${typeName(list)}`);
  const body = args[1].type === 'Closure' ? (args[1] as ClosureNode).body : args[1];
  const apply = (element: ExprValue) => evaluateExpression(body, { result: scope.result, element });
  const test = (element: ExprValue): boolean => {
    const outcome = apply(element);
    if (typeof outcome !== 'boolean') throw new ExprRuntimeError(`predicate of ${name}() returned ${typeName(outcome)}, expected bool`);
    return outcome;
  };
  switch (name) {
    case 'all':
      return list.every(test);
    case 'any':
      return list.some(test);
    case 'none':
      return !list.some(test);
    case 'one':
      return list.filter(test).length === 1;
    case 'filter':
      return list.filter(test);
    case 'count':
      return BigInt(list.filter(test).length);
    default:
      return list.map(apply);
  }
}
