import type ts from 'typescript';
import type { TypeScriptVisitor } from '../review-rule.js';
import type { ListBindings } from './list-bindings.js';
type TypeScriptModule = typeof ts;
/**
 * Records into `bindings`, during the walk, every name a function (or the file) declares or assigns and whether
 * the value is demonstrably an array. Block scopes are folded into their function: two declarations of one name in
 * different blocks can only hide an array, never invent one.
 */
export declare function typescriptArrayNameVisitor(ts: TypeScriptModule, bindings: ListBindings): TypeScriptVisitor;
/**
 * An array literal (spread included), `new Array(…)`, `Array(…)`, `Array.from/of(…)`, `Object.keys/values/entries(…)`,
 * a call of a method that returns a new array (not on a string literal), or any of these behind parentheses, `!`,
 * `satisfies` or a type assertion, which can also name an array type.
 */
export declare function isArrayExpression(ts: TypeScriptModule, expression: ts.Expression): boolean;
export {};
