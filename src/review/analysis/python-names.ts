import type { PythonNode } from '../review-rule.js';

/**
 * The names an expression reads: its identifiers, less the ones that only label something (the `b` of `a.b`, the
 * `k` of `f(k=1)`), which are not variables.
 */
export function pythonNamesRead(node: PythonNode | null): string[] {
  if (!node) return [];
  if (node.type === 'identifier') return [node.text];
  const names: string[] = [];
  for (const identifier of node.descendantsOfType('identifier')) {
    if (!identifier || isLabel(identifier)) continue;
    names.push(identifier.text);
  }
  return names;
}

function isLabel(identifier: PythonNode): boolean {
  const parent = identifier.parent;
  if (!parent) return false;
  if (parent.type === 'attribute') return parent.childForFieldName('attribute')?.startIndex === identifier.startIndex;
  if (parent.type === 'keyword_argument') return parent.childForFieldName('name')?.startIndex === identifier.startIndex;
  return false;
}

/** The names an assignment or loop target binds: `a`, `a, (b, c)`, `*rest`; an attribute or subscript binds none. */
export function pythonNamesBound(target: PythonNode | null): string[] {
  if (!target || target.type === 'attribute' || target.type === 'subscript') return [];
  if (target.type === 'identifier') return [target.text];
  return target.namedChildren.flatMap((child) => pythonNamesBound(child));
}
