import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';

type Schema = Record<string, unknown>;

/**
 * The keywords of an object schema whose checks this module writes itself, and annotations that check nothing; any
 * other keyword means "compile it".
 */
const CLOSED_OBJECT_KEYWORDS = new Set(['type', 'properties', 'additionalProperties', 'required', '$schema', '$id', 'title', 'description']);
const LIST_KEYWORDS = new Set(['type', 'items', 'description']);

/**
 * A validator that reports what `ajv.compile(schema)` with `allErrors` and `verbose` reports, but compiles only the
 * parts of the schema a value uses.
 *
 * Why: the config schema is 100 KB, most of it every rule's options written out twice (under `rules` and under each
 * of `overrides`). Compiled whole it cost about half a second of CPU in every run of the CLI and the action, more
 * than reviewing a small pull request, for a config that names a handful of keys. Here a closed object (`type:
 * object`, `additionalProperties: false`, `properties`, `required`) is walked key by key, a list of such objects item
 * by item, and only the schemas under the keys the value has are compiled, each once per validator. The errors are
 * ajv's own, with the paths of the whole schema (required, then unknown keys, then each property in the schema's
 * order, as ajv orders them); a test compares them with the whole schema's on generated configs.
 */
export function lazyValidator(ajv: Ajv, schema: Schema): (value: unknown) => ErrorObject[] {
  const compiled = new WeakMap<Schema, ValidateFunction>();
  const compile = (part: Schema): ValidateFunction => {
    let validate = compiled.get(part);
    if (!validate) {
      validate = ajv.compile(part);
      compiled.set(part, validate);
    }
    return validate;
  };

  function validate(part: Schema, value: unknown, instancePath: string, schemaPath: string): ErrorObject[] {
    if (isClosedObjectSchema(part) && isMapping(value)) return validateObject(part, value, instancePath, schemaPath);
    if (isListOf(part) && Array.isArray(value)) {
      return value.flatMap((item, index) => validate(part.items as Schema, item, `${instancePath}/${index}`, `${schemaPath}/items`));
    }
    const compiledPart = compile(part);
    if (compiledPart(value)) return [];
    return (compiledPart.errors ?? []).map((error) => ({
      ...error,
      instancePath: instancePath + error.instancePath,
      schemaPath: schemaPath + error.schemaPath.slice(1),
    }));
  }

  function validateObject(part: Schema, value: Record<string, unknown>, instancePath: string, schemaPath: string): ErrorObject[] {
    const properties = (part.properties ?? {}) as Record<string, Schema>;
    const errors: ErrorObject[] = [];
    for (const missingProperty of (part.required ?? []) as string[]) {
      if (value[missingProperty] !== undefined) continue;
      const message = `must have required property '${missingProperty}'`;
      errors.push({ instancePath, schemaPath: `${schemaPath}/required`, keyword: 'required', params: { missingProperty }, message, schema: part.required, parentSchema: part, data: value });
    }
    for (const additionalProperty of Object.keys(value)) {
      if (Object.hasOwn(properties, additionalProperty)) continue;
      const message = 'must NOT have additional properties';
      errors.push({ instancePath, schemaPath: `${schemaPath}/additionalProperties`, keyword: 'additionalProperties', params: { additionalProperty }, message, schema: false, parentSchema: part, data: value });
    }
    for (const [key, propertySchema] of Object.entries(properties)) {
      if (value[key] === undefined) continue;
      errors.push(...validate(propertySchema, value[key], `${instancePath}/${escapePointer(key)}`, `${schemaPath}/properties/${escapePointer(key)}`));
    }
    return errors;
  }

  return (value) => validate(schema, value, '', '#');
}

function isClosedObjectSchema(part: Schema): boolean {
  return part.type === 'object' && part.additionalProperties === false && Object.keys(part).every((key) => CLOSED_OBJECT_KEYWORDS.has(key));
}

function isListOf(part: Schema): boolean {
  return part.type === 'array' && typeof part.items === 'object' && part.items !== null && isClosedObjectSchema(part.items as Schema) && Object.keys(part).every((key) => LIST_KEYWORDS.has(key));
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON Pointer escaping, as ajv writes instance paths. */
function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
