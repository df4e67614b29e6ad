import { Ajv, type ErrorObject } from 'ajv';
import fc from 'fast-check';
import { lazyValidator } from '../../../src/core/config/lazy-validator.js';
import { configSchema } from '../../../src/core/config/schema.js';

/**
 * The lazy validator must say exactly what the whole config schema, compiled by ajv, says: the same errors in the
 * same order, with the same paths and the same schema behind each (whose description the messages quote).
 */
const schema = configSchema();
const properties = schema.properties as Record<string, Record<string, unknown>>;
const ruleIds = Object.keys((properties.rules.properties ?? {}) as object);

function newAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
  ajv.addFormat('regex', { type: 'string', validate: (text: string) => text !== '(' });
  return ajv;
}

const whole = newAjv().compile(schema);
const lazy = lazyValidator(newAjv(), schema);

function comparable(errors: readonly ErrorObject[]) {
  return errors.map(({ instancePath, schemaPath, keyword, params, message, parentSchema }) => ({
    instancePath,
    schemaPath,
    keyword,
    params,
    message,
    parentSchema: JSON.stringify(parentSchema),
  }));
}

function wholeErrors(value: unknown): ErrorObject[] {
  return whole(value) ? [] : [...(whole.errors ?? [])];
}

const scalar = fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: -3, max: 200 }), fc.boolean(), fc.constant(null), fc.constant('('));
const anyValue = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 4 }), scalar, { maxKeys: 3 }));
const severity = fc.oneof(fc.constantFrom('error', 'warning', 'notice', 'off', 'fatal'), scalar);
const ruleSettings = fc.oneof(
  fc.record({ severity, options: anyValue, extra: anyValue }, { requiredKeys: [] }),
  fc.record({ severity }, { requiredKeys: [] }),
  scalar,
);
const ruleKey = fc.oneof(fc.constantFrom(...ruleIds), fc.constantFrom('nested-loops', 'bare_except', ''));
const rules = fc.oneof(fc.dictionary(ruleKey, ruleSettings, { maxKeys: 4 }), scalar);
const override = fc.oneof(fc.record({ files: fc.oneof(fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 }), scalar), rules, extra: scalar }, { requiredKeys: [] }), scalar);
const topKey = fc.oneof(fc.constantFrom(...Object.keys(properties)), fc.constantFrom('fail_on', 'rule', 'path'));

const config = fc.oneof(
  fc.dictionary(topKey, anyValue, { maxKeys: 5 }).chain((base) =>
    fc.record({ rules, overrides: fc.oneof(fc.array(override, { maxLength: 3 }), scalar) }, { requiredKeys: [] }).map((more) => ({ ...base, ...more })),
  ),
  anyValue,
);

describe('lazyValidator', () => {
  it('reports what the whole compiled schema reports, error for error, on generated configs', () => {
    fc.assert(
      fc.property(config, (value) => {
        expect(comparable(lazy(value))).toEqual(comparable(wholeErrors(value)));
      }),
      { numRuns: 600, seed: 20261203 },
    );
  });

  it('reports the errors of a config with mistakes at every level, as the whole schema does', () => {
    const value = {
      'fail-on': 'sometimes',
      nested: true,
      rules: { 'nested-loop': { severity: 'loud' }, 'nested-loops': { severity: 'error' } },
      overrides: [{ rules: { 'bare-except': 'off' } }, { files: ['tests/**'], extra: 1 }],
    };
    const errors = comparable(lazy(value));
    expect(errors.map(({ instancePath, keyword }) => `${instancePath} ${keyword}`)).toEqual([
      ' additionalProperties',
      '/fail-on enum',
      '/rules additionalProperties',
      '/rules/nested-loop/severity enum',
      '/overrides/0 required',
      '/overrides/0/rules/bare-except type',
      '/overrides/1 additionalProperties',
    ]);
    expect(errors).toEqual(comparable(wholeErrors(value)));
  });
});
