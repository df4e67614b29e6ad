import { parseMeasurementValue } from '../../../src/rollout/expr/measurement-value.js';

describe('parseMeasurementValue', () => {
  it.each([
    ['[0.97,0.5]', [0.97, 0.5]],
    ['[]', []],
    ['[NaN,+Inf,-Inf]', [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]],
    ['0.97', 0.97],
    ['1e-3', 0.001],
  ])('reads %s as the result Argo evaluated', (text, result) => {
    expect(parseMeasurementValue(text)).toEqual({ ok: true, result });
  });

  it.each(['{"ok":true}', 'ok', '[a]', '[1,,2]'])('refuses %s, whose result cannot be told', (text) => {
    expect(parseMeasurementValue(text)).toEqual({
      ok: false,
      reason: `the stored value '${text}' is neither a number nor a list of numbers, so the result the condition saw is unknown`,
    });
  });
});
