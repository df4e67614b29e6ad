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

/** A copy without `location` fields: the same statement parsed at another offset compares equal. */
export function withoutLocations(tree: unknown): unknown {
  if (Array.isArray(tree)) return tree.map(withoutLocations);
  if (!isObject(tree)) return tree;
  return Object.fromEntries(Object.entries(tree).filter(([key]) => key !== 'location').map(([key, value]) => [key, withoutLocations(value)]));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Node types are PascalCase (`SelectStmt`, `ParamRef`); fields are snake_case or camelCase. */
function isNodeType(key: string): boolean {
  return /^[A-Z]/.test(key);
}
