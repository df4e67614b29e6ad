import { LOCATION_FIELDS, TYPED_NODE_FIELDS } from './location-fields.js';

/**
 * libpg-query's tree is plain JSON where every node is `{ TypeName: { …fields } }`. This visits every node of the
 * given types, however deep, so questions like "does anything here write?" need no per-statement-type knowledge.
 */
export function someNode(tree: unknown, matches: (type: string, fields: Record<string, unknown>) => boolean): boolean {
  if (Array.isArray(tree)) return tree.some((item) => someNode(item, matches));
  if (!isObject(tree)) return false;
  for (const [key, value] of Object.entries(tree)) {
    if (isNodeType(key) && isObject(value) && matches(key, value)) return true;
    if (someNode(value, matches)) return true;
  }
  return false;
}

/** Every node of one type, in document order. */
export function nodesOfType(tree: unknown, type: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  someNode(tree, (nodeType, fields) => {
    if (nodeType === type) found.push(fields);
    return false;
  });
  return found;
}

/**
 * A copy without any position field (LOCATION_FIELDS, generated from libpg-query's node types): the same statement
 * parsed at another offset, such as behind `EXPLAIN (…) `, compares equal. A wrapped node (`{ A_Expr: … }`) names
 * its type; a field typed as one node type holds it unwrapped, and TYPED_NODE_FIELDS says which type that is.
 */
export function withoutLocations(tree: unknown): unknown {
  if (Array.isArray(tree)) return tree.map(withoutLocations);
  if (!isObject(tree)) return tree;
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, isNodeType(key) ? nodeWithoutLocations(key, value) : withoutLocations(value)]));
}

function nodeWithoutLocations(type: string, fields: unknown): unknown {
  if (Array.isArray(fields)) return fields.map((item) => nodeWithoutLocations(type, item));
  if (!isObject(fields)) return fields;
  const positions = LOCATION_FIELDS[type] ?? [];
  const typed = TYPED_NODE_FIELDS[type] ?? {};
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([key]) => !positions.includes(key))
      .map(([key, value]) => [key, key in typed ? nodeWithoutLocations(typed[key], value) : withoutLocations(value)]),
  );
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The items of a `List` node (IN's values, BETWEEN's bounds, a VALUES row); none for anything else. */
export function listItems(node: unknown): unknown[] {
  return isObject(node) && isObject(node.List) && Array.isArray(node.List.items) ? node.List.items : [];
}

/** The strings of a name list (`funcname`, a ColumnRef's `fields`, an operator's `name`), in order; other items left out. */
export function nameStrings(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => (isObject(item) && isObject(item.String) && typeof item.String.sval === 'string' ? [item.String.sval] : []));
}

/**
 * An A_Expr's operator, `=` or `@>`, without its schema: `col OPERATOR(pg_catalog.=) $1`, as pg_dump and some
 * generators write it, names the operator last.
 */
export function operatorName(expression: Record<string, unknown>): string {
  return nameStrings(expression.name).at(-1) ?? '';
}

/** Node types are PascalCase (`SelectStmt`, `ParamRef`); fields are snake_case or camelCase. */
function isNodeType(key: string): boolean {
  return /^[A-Z]/.test(key);
}
