import { tableCell } from './generated-section.js';

/** The subset of JSON Schema the config schema uses, as far as the reference reads it. */
export interface SchemaNode {
  description?: string;
  type?: string;
  enum?: readonly unknown[];
  const?: unknown;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  anyOf?: readonly SchemaNode[];
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  required?: readonly string[];
}

const code = (text: string) => `\`${text}\``;

/** A short human form of a schema's type: `error` \| `warning`, list of strings, integer ≥ 0, … */
export function typeOf(node: SchemaNode): string {
  if (node.enum) return node.enum.map((value) => code(String(value))).join(' \\| ');
  if (node.const !== undefined) return code(String(node.const));
  if (node.anyOf) return [...new Set(node.anyOf.map(typeOf))].join(' or ');
  if (node.type === 'array') return node.items?.type === 'object' ? 'list of objects' : `list of ${plural(typeOf(node.items ?? {}))}`;
  if (node.type === 'object' && !node.properties && typeof node.additionalProperties === 'object') return `map of name → ${typeOf(node.additionalProperties)}`;
  const bounds =
    node.minimum !== undefined && node.maximum !== undefined
      ? ` ${node.minimum}–${node.maximum}`
      : [node.minimum === undefined ? '' : ` ≥ ${node.minimum}`, node.maximum === undefined ? '' : ` ≤ ${node.maximum}`].join('');
  return `${node.type ?? 'any'}${bounds}`;
}

const plural = (type: string) => (/^(string|number|integer|boolean|object)$/.test(type) ? `${type}s` : type);

/** One row per setting, nested ones by their dotted path (`canary-judge.metrics[].name`). */
function rows(properties: Record<string, SchemaNode>, prefix: string, describe: (key: string) => string | undefined, skip: ReadonlySet<string>): string[] {
  return Object.entries(properties).flatMap(([key, node]) => {
    const path = `${prefix}${key}`;
    if (skip.has(path)) return [];
    const description = node.description ?? describe(path) ?? '';
    const row = `| ${code(path)} | ${typeOf(node)} | ${tableCell(description)} |`;
    const children = node.type === 'array' ? node.items?.properties : node.properties;
    const childPrefix = node.type === 'array' ? `${path}[].` : `${path}.`;
    return [row, ...(children ? rows(children, childPrefix, describe, skip) : [])];
  });
}

/**
 * docs/configuration.md's reference, from the config schema: every top-level key and nested setting, then each
 * rule's options. A key the schema leaves undescribed takes the meaning of the action input of the same name, as
 * the config file and the inputs share their keys; `describe` supplies those.
 */
export function configReference(schema: SchemaNode, describe: (key: string) => string | undefined = () => undefined): string {
  const properties = schema.properties ?? {};
  const rules = properties.rules?.properties ?? {};
  const settings = rows(properties, '', describe, new Set(['rules', 'overrides']));
  const ruleRows = Object.entries(rules).flatMap(([id, rule]) =>
    Object.entries(rule.properties ?? {}).map(
      ([option, node]) => `| [${id}](rules/${id}.md) | ${code(option)} | ${typeOf(node)} | ${tableCell(node.description ?? '')} |`,
    ),
  );
  return [
    '| key | type | meaning |',
    '|---|---|---|',
    ...settings,
    `| ${code('rules.<rule-id>')} | object | a rule's severity and options (below) |`,
    `| ${code('overrides[].files')} | ${typeOf(properties.overrides?.items?.properties?.files ?? {})} | ${tableCell(properties.overrides?.items?.properties?.files?.description ?? '')} |`,
    `| ${code('overrides[].rules')} | object | rule settings, as under ${code('rules')}, for the files matched |`,
    '',
    '### Rule options',
    '',
    '| rule | option | type | meaning |',
    '|---|---|---|---|',
    ...ruleRows,
  ].join('\n');
}
