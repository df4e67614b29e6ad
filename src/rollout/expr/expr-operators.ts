import { ExprRuntimeError, ExprUnsupportedError, type ExprValue, int64, isMap, isNumber, typeName } from './expr-value.js';

/** expr-lang's `==`: numbers compare across int and float64, other kinds only with themselves (nil with nil). */
export function exprEqual(left: ExprValue, right: ExprValue): boolean {
  if (isNumber(left) && isNumber(right)) {
    if (typeof left === 'bigint' && typeof right === 'bigint') return left === right;
    return Number(left) === Number(right);
  }
  if (Array.isArray(left) || Array.isArray(right) || (left !== null && isMap(left)) || (right !== null && isMap(right))) {
    // expr compares lists with Go's reflect.DeepEqual, where []float64 and a literal list differ by type: too subtle
    // to reproduce faithfully.
    throw new ExprUnsupportedError('== on lists or maps is outside the evaluated subset');
  }
  return left === right;
}

export function applyUnary(operator: string, operand: ExprValue): ExprValue {
  if (operator === 'not' || operator === '!') {
    if (typeof operand !== 'boolean') throw mismatch(operator, operand);
    return !operand;
  }
  if (typeof operand === 'bigint') return operator === '-' ? int64(-operand) : operand;
  if (typeof operand === 'number') return operator === '-' ? -operand : operand;
  throw mismatch(operator, operand);
}

/** The strict (both sides evaluated) binary operators; `and`, `or` and `??` short-circuit in the evaluator. */
export function applyBinary(operator: string, left: ExprValue, right: ExprValue): ExprValue {
  switch (operator) {
    case '==':
      return exprEqual(left, right);
    case '!=':
      return !exprEqual(left, right);
    case '<':
    case '>':
    case '<=':
    case '>=':
      return compare(operator, left, right);
    case '+':
      if (typeof left === 'string' && typeof right === 'string') return left + right;
      return arithmetic(operator, left, right);
    case '-':
    case '*':
      return arithmetic(operator, left, right);
    case '/':
      // expr-lang always divides as float64: 7 / 2 is 3.5 and 1 / 0 is +Inf.
      if (!isNumber(left) || !isNumber(right)) throw mismatch(operator, left, right);
      return Number(left) / Number(right);
    case '%':
      return modulo(left, right);
    case '**':
    case '^':
      if (!isNumber(left) || !isNumber(right)) throw mismatch(operator, left, right);
      return Number(left) ** Number(right);
    case 'in':
      return contains(right, left);
    case 'not in':
      return !contains(right, left);
    case 'contains':
    case 'startsWith':
    case 'endsWith':
      return stringTest(operator, left, right);
    case 'not contains':
    case 'not startsWith':
    case 'not endsWith':
      return !stringTest(operator.slice('not '.length), left, right);
    default:
      throw new ExprUnsupportedError(`the operator ${operator} is outside the evaluated subset`);
  }
}

function compare(operator: string, left: ExprValue, right: ExprValue): boolean {
  if (typeof left === 'string' && typeof right === 'string') return ordered(operator, left, right);
  if (!isNumber(left) || !isNumber(right)) throw mismatch(operator, left, right);
  if (typeof left === 'bigint' && typeof right === 'bigint') return ordered(operator, left, right);
  return ordered(operator, Number(left), Number(right));
}

function ordered<T extends string | number | bigint>(operator: string, left: T, right: T): boolean {
  if (operator === '<') return left < right;
  if (operator === '>') return left > right;
  if (operator === '<=') return left <= right;
  return left >= right;
}

function arithmetic(operator: string, left: ExprValue, right: ExprValue): ExprValue {
  if (!isNumber(left) || !isNumber(right)) throw mismatch(operator, left, right);
  if (typeof left === 'bigint' && typeof right === 'bigint') {
    if (operator === '+') return int64(left + right);
    if (operator === '-') return int64(left - right);
    return int64(left * right);
  }
  if (operator === '+') return Number(left) + Number(right);
  if (operator === '-') return Number(left) - Number(right);
  return Number(left) * Number(right);
}

function modulo(left: ExprValue, right: ExprValue): bigint {
  if (typeof left !== 'bigint' || typeof right !== 'bigint') throw mismatch('%', left, right);
  if (right === 0n) throw new ExprRuntimeError('integer divide by zero');
  return left % right;
}

function contains(container: ExprValue, needle: ExprValue): boolean {
  if (Array.isArray(container)) return container.some((element) => exprEqual(element, needle));
  if (container !== null && isMap(container)) {
    if (typeof needle !== 'string') throw mismatch('in', needle, container);
    return container.has(needle);
  }
  throw mismatch('in', needle, container);
}

function stringTest(operator: string, left: ExprValue, right: ExprValue): boolean {
  if (typeof left !== 'string' || typeof right !== 'string') throw mismatch(operator, left, right);
  if (operator === 'contains') return left.includes(right);
  if (operator === 'startsWith') return left.startsWith(right);
  return left.endsWith(right);
}

function mismatch(operator: string, ...operands: ExprValue[]): ExprRuntimeError {
  if (operands.length === 1) return new ExprRuntimeError(`invalid operation: ${operator} (mismatched type ${typeName(operands[0])})`);
  return new ExprRuntimeError(`invalid operation: ${operator} (mismatched types ${typeName(operands[0])} and ${typeName(operands[1])})`);
}
