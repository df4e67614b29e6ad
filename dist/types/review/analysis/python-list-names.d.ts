import type { PythonNode, PythonVisitor } from '../review-rule.js';
import type { ListBindings } from './list-bindings.js';
/**
 * Records into `bindings`, during the walk, every name a Python scope binds and whether the binding is a list.
 * Anything that binds a name without showing a list (a loop target, a parameter, an import, `global`) counts
 * against it. Comprehension variables are filed in the enclosing scope: that can only hide a list, never invent one.
 * Augmented assignment is left out: `ids += more` keeps a list a list (or raises).
 */
export declare function pythonListNameVisitor(bindings: ListBindings): PythonVisitor;
/** A list display, a list comprehension or a `list(...)` call, looking through parentheses. */
export declare function isPythonList(expression: PythonNode | null): boolean;
