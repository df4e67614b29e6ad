import { type ExprValue } from './expr-value.js';
/**
 * The functions a condition can call with plain (already evaluated) arguments: expr-lang's builtins len, abs, max,
 * min, and the ones Argo Rollouts adds to the environment (utils/evaluate): isNaN, isInf, asInt, asFloat, isNil,
 * default. Argo's isNil and default ignore their first argument and look at `result` itself, so they get it here.
 */
export type ExprFunction = (args: ExprValue[], result: ExprValue) => ExprValue;
export declare const EXPR_FUNCTIONS: ReadonlyMap<string, ExprFunction>;
