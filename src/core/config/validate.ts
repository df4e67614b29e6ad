import { Ajv, type ErrorObject } from 'ajv';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { UsageError } from './usage-error.js';
import { configSchema } from './schema.js';
import { closest } from './did-you-mean.js';
import { RULE_SEVERITIES } from './choices.js';
import { lazyValidator } from './lazy-validator.js';

let validator: ((value: unknown) => ErrorObject[]) | undefined;

/**
 * The config schema's errors for `value` worth showing (none when it is valid), compiling only the parts of the
 * schema it uses (lazy-validator.ts).
 */
function configErrors(value: unknown): ErrorObject[] {
  if (!validator) {
    // verbose: errors carry their schema, whose description says what is allowed.
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
    ajv.addFormat('regex', { type: 'string', validate: isRegex });
    validator = lazyValidator(ajv, configSchema());
  }
  return relevantErrors(validator(value));
}

/**
 * Parses YAML and validates it against the shipped schema. Every problem is reported at once, each with its line,
 * the key path, the value found and what is allowed, so one edit fixes the file.
 */
export function validateConfigDocument(text: string, file: string): Record<string, unknown> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    const { line, col } = lineCounter.linePos(error.pos[0]);
    throw new UsageError(`${file}:${line}:${col}: invalid YAML: ${error.message.split('\n')[0]}. Fix the syntax and run again.`);
  }
  const value = document.toJS() ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(`${file}: expected a mapping of settings (key: value), got ${describe(value)}.`);
  }
  const errors = configErrors(value);
  if (errors.length === 0) return value as Record<string, unknown>;
  const problems = errors.map((error) => {
    const keyPath = error.instancePath.split('/').slice(1).map(unescapePointer);
    const node = document.getIn(keyPath, true);
    const line = isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : 0;
    return { line, text: `${file}${line ? `:${line}` : ''}: ${describeError(error, keyPath, value)}` };
  });
  problems.sort((a, b) => a.line - b.line);
  throw new UsageError(`Invalid config:\n  ${problems.map((problem) => problem.text).join('\n  ')}`);
}

/**
 * Validates settings that did not come from a file (the action's inputs) against the same schema; `describeKey`
 * says where each came from, e.g. "input 'fail-on'".
 */
export function validateSettings(value: Record<string, unknown>, describeKey: (key: string) => string): void {
  const errors = configErrors(value);
  if (errors.length === 0) return;
  const problems = errors.map((error) => {
    const keyPath = error.instancePath.split('/').slice(1).map(unescapePointer);
    const text = describeError(error, keyPath, value);
    const where = `${keyPath.join('.')}: `;
    return `${describeKey(keyPath[0] ?? '')}: ${text.startsWith(where) ? text.slice(where.length) : text}`;
  });
  throw new UsageError(problems.join('\n'));
}

/**
 * Validates a config object given in code (the library's mergeConfig layers) exactly as a config file is validated:
 * the same messages, typo hints included, with `source` where a file would give its name and line.
 */
export function validateConfigObject(value: Record<string, unknown>, source: string): void {
  const errors = configErrors(value);
  if (errors.length === 0) return;
  const problems = errors.map((error) => {
    const keyPath = error.instancePath.split('/').slice(1).map(unescapePointer);
    return `${source}: ${describeError(error, keyPath, value)}`;
  });
  throw new UsageError(`Invalid config:\n  ${problems.join('\n  ')}`);
}

/** A failed anyOf also reports each branch's failure; only the anyOf's own message helps the reader. */
function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const anyOfPaths = errors.filter((error) => error.keyword === 'anyOf').map((error) => error.schemaPath.replace(/\/anyOf$/, ''));
  const kept = errors.filter(
    (error) => error.keyword === 'anyOf' || !anyOfPaths.some((prefix) => error.schemaPath.startsWith(`${prefix}/anyOf/`)),
  );
  const seen = new Set<string>();
  return kept.filter((error) => {
    const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describeError(error: ErrorObject, keyPath: string[], root: unknown): string {
  const where = keyPath.length === 0 ? 'top level' : keyPath.join('.');
  const found = describe(valueAt(root, keyPath));
  const expected = (error.parentSchema as { description?: string } | undefined)?.description;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      const hint = closest(key, allowed);
      return `unknown key '${key}' at ${where}.${hint ? ` Did you mean '${hint}'?` : ''} Allowed: ${allowed.join(', ')}.`;
    }
    case 'enum':
      return `${where}: got ${found}; expected one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => String(v)).join(', ')}.`;
    case 'required':
      return `${where}: missing required key '${(error.params as { missingProperty: string }).missingProperty}'.`;
    case 'type':
      if (keyPath.at(-2) === 'rules') return `${where}: got ${found}; expected ${ruleSettingsExample(valueAt(root, keyPath))}.`;
      return `${where}: got ${found}; expected ${expected ?? `a ${(error.params as { type: string }).type}`}.`;
    case 'pattern':
      return `${where}: got ${found}; expected ${expected ?? `text matching ${(error.params as { pattern: string }).pattern}`}.`;
    case 'format':
      return `${where}: got ${found}; expected ${expected ?? `a valid ${(error.params as { format: string }).format}`}.`;
    case 'minimum':
      return `${where}: got ${found}; expected a number ≥ ${(error.params as { limit: number }).limit}.`;
    default:
      return `${where}: got ${found}; expected ${expected ?? error.message ?? 'a different value'}.`;
  }
}

/**
 * A rule's entry is a mapping of its settings; its schema's description says what the rule finds, not what to write,
 * so a bare value (`too-many-params: off`, as ESLint is configured) gets the mapping it stands for as the example.
 */
function ruleSettingsExample(value: unknown): string {
  const severity = typeof value === 'string' && (RULE_SEVERITIES as readonly string[]).includes(value) ? value : 'warning';
  return `a mapping of the rule's settings, such as {severity: ${severity}} (error, warning, notice or off, and the rule's options)`;
}

function isRegex(text: string): boolean {
  try {
    new RegExp(text);
    return true;
  } catch {
    return false;
  }
}

function valueAt(root: unknown, keyPath: readonly string[]): unknown {
  let value: unknown = root;
  for (const key of keyPath) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
