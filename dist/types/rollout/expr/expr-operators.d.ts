import { type ExprValue } from './expr-value.js';
/** expr-lang's `==`: numbers compare across int and float64, other kinds only with themselves (nil with nil). */
export declare function exprEqual(left: ExprValue, right: ExprValue): boolean;
export declare function applyUnary(operator: string, operand: ExprValue): ExprValue;
/** The strict (both sides evaluated) binary operators; `and`, `or` and `??` short-circuit in the evaluator. */
export declare function applyBinary(operator: string, left: ExprValue, right: ExprValue): ExprValue;
