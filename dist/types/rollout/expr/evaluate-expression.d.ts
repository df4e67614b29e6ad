import type jsep from 'jsep';
import { type ExprValue } from './expr-value.js';
/** What a name can refer to: Argo's `result`, and inside a predicate the current element `#`. */
interface Scope {
    result: ExprValue;
    element?: ExprValue;
}
export declare function evaluateExpression(node: jsep.Expression, scope: Scope): ExprValue;
export {};
