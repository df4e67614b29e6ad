import fc from 'fast-check';
import { evaluateCondition, type ConditionOutcome } from '../../../src/rollout/expr/evaluate-condition.js';

const ARGO_ERROR = '; Argo Rollouts records such a measurement as Error';
const yes: ConditionOutcome = { evaluated: true, value: true };
const no: ConditionOutcome = { evaluated: true, value: false };
const notEvaluated = (reason: string): ConditionOutcome => ({ evaluated: false, reason: `condition not evaluated: ${reason}` });

// Each row: condition, the provider result as Argo hands it over (Prometheus vectors are lists of float64), outcome.
const EVALUATED: [condition: string, result: unknown, outcome: ConditionOutcome][] = [
  ['result[0] >= 0.95', [0.97], yes],
  ['result[0] >= 0.95', [0.5], no],
  ['len(result) == 0 || isNaN(result[0])', [], yes],
  ['len(result) == 0 || isNaN(result[0])', [Number.NaN], yes],
  ['len(result) == 0 || isNaN(result[0])', [0.3], no],
  ['len(result) == 0 || result[0] >= 0.95', [], yes],
  ['all(result, {# > 0.9})', [0.95, 0.99], yes],
  ['all(result, {# > 0.9})', [0.95, 0.5], no],
  ['all(result, {# > 0.9})', [], yes],
  ['any(result, {# > 0.9})', [], no],
  ['any(result, {# > 0.9})', [0.1, 0.91], yes],
  ['none(result, # > 0.9)', [0.5], yes],
  ['one(result, {# > 0.9})', [0.95, 0.5], yes],
  ['one(result, {# > 0.9})', [0.95, 0.99], no],
  ['count(result, {# > 0.9}) >= 2', [0.95, 0.99, 0.1], yes],
  ['len(filter(result, {# > 0.5})) == 1', [0.6, 0.4], yes],
  ['map(result, {# * 2})[1] == 1', [0.1, 0.5], yes],
  ['result.status == "ok"', { status: 'ok' }, yes],
  ['result.status == "ok"', { status: 'down' }, no],
  ["result.status == 'ok'", {}, no],
  ['result["status"] != nil', { status: 'ok' }, yes],
  ['asInt(result) > 3', '5', yes],
  ['asInt(result) > 4', 4.9, no],
  ['asFloat(result) > 0.5', '0.75', yes],
  ['asFloat(result) > 0', '+Inf', yes],
  ['result < 0.05 and result >= 0', 0.01, yes],
  ['result < 0.05 and result >= 0', 0.2, no],
  ['result < 0.05 && result >= 0', -1, no],
  ['not (result > 1)', 0.5, yes],
  ['!(result > 1)', 2, no],
  ['result[0] > 0.5 ? result[0] < 0.9 : false', [0.7], yes],
  ['result[0] > 0.5 ? result[0] < 0.9 : false', [0.2], no],
  ['"a" in result', ['a', 'b'], yes],
  ['2 in result', [1, 2], yes],
  ['result not in [1, 2]', 3, yes],
  ['"status" in result', { status: 'ok' }, yes],
  ['default(result, 0) >= 0', null, yes],
  ['default(result, 5) == 1', 1, yes],
  ['isNil(result)', null, yes],
  ['isNil(result)', [], no],
  ['result == nil', null, yes],
  ['(result ?? 3) == 3', null, yes],
  ['result[-1] == 3', [1, 2, 3], yes],
  ['7 / 2 == 3.5', 0, yes],
  ['7 % 2 == 1', 0, yes],
  ['-2 ** 2 == -4', 0, yes],
  ['(-2) ** 2 == 4', 0, yes],
  ['1 + 2 * 3 == 7', 0, yes],
  ['1 < 2 == true', 0, yes],
  // expr-lang precedence: `and` above `or`, `not` above `==`, `**` right-associative, the rest left-associative.
  ['false and true or true', 0, yes],
  ['not true == false', 0, yes],
  ['1 + 2 ** 3 ** 2 == 513', 0, yes],
  ['1 - 2 - 3 == -4', 0, yes],
  ['2 * 3 % 4 == 2', 0, yes],
  ['10 / 4 * 2 == 5', 0, yes],
  ['abs(result) < 0.1', -0.05, yes],
  ['max(result) < 1', [0.2, 0.9], yes],
  ['min(1, 2.5) == 1', 0, yes],
  ['isInf(result[0])', [Number.POSITIVE_INFINITY], yes],
  ['isNaN(result[0])', [Number.NaN], yes],
  ['result[0] >= 0.95', [Number.NaN], no],
  ['"abc" contains "b" and "abc" startsWith "a" and "abc" endsWith "c"', 0, yes],
  ['result == "ok"', 1, no],
  ['result.items[1].ok', { items: [{ ok: false }, { ok: true }] }, yes],
  ['result?.missing == nil', null, yes],
];

const NOT_EVALUATED: [condition: string, result: unknown, outcome: ConditionOutcome][] = [
  ['result[0] >= 0.95', [], notEvaluated(`index out of range: 0 (array length is 0)${ARGO_ERROR}`)],
  ['result[-4] > 0', [1, 2, 3], notEvaluated(`index out of range: -1 (array length is 3)${ARGO_ERROR}`)],
  ['result > 0.5', [0.7], notEvaluated(`invalid operation: > (mismatched types array and float64)${ARGO_ERROR}`)],
  ['isNaN(result)', [0.1], notEvaluated(`isNaN expects a float64, got array [0.1]${ARGO_ERROR}`)],
  ['isNaN(1)', 0, notEvaluated('isNaN of an int is outside the evaluated subset')],
  ['result[0]', [0.5], notEvaluated(`it yields float64, not bool${ARGO_ERROR}`)],
  ['unknown > 1', 0, notEvaluated(`unknown name unknown${ARGO_ERROR}`)],
  ['sum(result) > 1', [1], notEvaluated('the function sum() is outside the evaluated subset')],
  ['result matches "^a"', 'abc', notEvaluated('the operator matches is outside the evaluated subset')],
  ['asInt(result) > 3', 'x', notEvaluated(`strconv.ParseInt: parsing "x": invalid syntax${ARGO_ERROR}`)],
  ['asFloat(result) > 3', [1], notEvaluated(`asFloat() not supported on array [1]${ARGO_ERROR}`)],
  ['7.0 % 2 == 1', 0, notEvaluated(`invalid operation: % (mismatched types float64 and int)${ARGO_ERROR}`)],
  ['1 % 0 == 0', 0, notEvaluated(`integer divide by zero${ARGO_ERROR}`)],
  ['result.status == "ok"', 1.5, notEvaluated(`cannot fetch status from float64${ARGO_ERROR}`)],
  ['result.status == "ok"', null, notEvaluated(`cannot fetch status from nil${ARGO_ERROR}`)],
  ['result and true', 1, notEvaluated(`invalid operation: and (mismatched types float64 and bool)${ARGO_ERROR}`)],
  ['all(result, {# > 0})', 1, notEvaluated(`cannot iterate over float64${ARGO_ERROR}`)],
  ['result == [1]', [1], notEvaluated('== on lists or maps is outside the evaluated subset')],
  ['result[0] >=', [1], notEvaluated(`it is not valid expr-lang (Expected expression after >= at offset 12)${ARGO_ERROR}`)],
  ['result[0] > 1 result', [1], notEvaluated(`it is not valid expr-lang (Expected one expression, found 2 side by side)${ARGO_ERROR}`)],
  ['', [1], notEvaluated(`it is not valid expr-lang (Empty expression)${ARGO_ERROR}`)],
  ['result[1:] == nil', [1], notEvaluated('it uses expr-lang syntax outside the evaluated subset (Unclosed [ at offset 8)')],
  ['all(result, .ok)', [], notEvaluated('it uses expr-lang syntax outside the evaluated subset (Variable names cannot start with a number (.o) at offset 13)')],
  ['all(result, {#index < 5})', [1], notEvaluated('#index is outside the evaluated subset')],
  ['result not  in [1]', 1, notEvaluated('it uses expr-lang syntax outside the evaluated subset (Expected one expression, found 2 side by side)')],
  ['# > 1', [1], notEvaluated(`# is only defined inside a predicate such as all(result, {# > 0})${ARGO_ERROR}`)],
];

describe('evaluateCondition', () => {
  it.each(EVALUATED)('%s with %p', (condition, result, outcome) => {
    expect(evaluateCondition(condition, result)).toEqual(outcome);
  });

  it.each(NOT_EVALUATED)('does not evaluate %s with %p', (condition, result, outcome) => {
    expect(evaluateCondition(condition, result)).toEqual(outcome);
  });

  it('stops `or` and `and` at the deciding side, as expr-lang does, so a guard protects the index', () => {
    expect(evaluateCondition('len(result) > 0 and result[0] > 1', [])).toEqual(no);
    expect(evaluateCondition('len(result) > 0 and result[0] > 1', [2])).toEqual(yes);
  });

  it('never throws, whatever the text and the result', () => {
    const fragments = fc.constantFrom('result', '[0]', '[-1]', ' >= ', ' < ', ' == ', ' and ', ' or ', 'not ', '(', ')', '{', '}', '#', 'len(', 'all(', ', ', '0.5', '1', '"a"', '.x', '?', ':', '**', '-', 'nil', 'isNaN(');
    const texts = fc.oneof(fc.string(), fc.array(fragments, { maxLength: 12 }).map((parts) => parts.join('')));
    const results = fc.oneof(fc.jsonValue(), fc.array(fc.double()), fc.double());
    fc.assert(
      fc.property(texts, results, (text, result) => {
        const outcome = evaluateCondition(text, result);
        expect(outcome.evaluated ? typeof outcome.value : outcome.reason.startsWith('condition not evaluated: ')).toBe(outcome.evaluated ? 'boolean' : true);
      }),
      { numRuns: 2000 },
    );
  });
});
