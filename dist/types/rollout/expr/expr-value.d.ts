/**
 * Values as expr-lang sees them in an Argo condition. Go keeps int and float64 apart (`7 / 2` is 3.5 but `7 % 2`
 * needs ints, `isNaN` takes only a float64), so ints are bigints here and every JS number is a float64: Argo's
 * providers hand conditions float64s (Prometheus samples, decoded JSON), and literals without a dot are ints.
 */
export type ExprValue = null | boolean | string | bigint | number | ExprValue[] | ExprMap;
export type ExprMap = ReadonlyMap<string, ExprValue>;
/** A runtime error of the expression itself: in Argo it makes the measurement Error. */
export declare class ExprRuntimeError extends Error {
}
/** Valid expr-lang that this evaluator does not cover: reported as not evaluated rather than guessed. */
export declare class ExprUnsupportedError extends Error {
}
/** Go's type names, as expr-lang's own error messages use them. */
export declare function typeName(value: ExprValue): string;
export declare function isNumber(value: ExprValue): value is bigint | number;
export declare function isMap(value: ExprValue): value is ExprMap;
/** Go's int64 arithmetic wraps around; so does this. */
export declare function int64(value: bigint): bigint;
/** Converts the provider's result (plain data) into expr values; anything else is outside what Argo passes. */
export declare function toExprValue(input: unknown): ExprValue;
/** How a value reads in a message: Go-like, short, never the whole of a long list. */
export declare function describeValue(value: ExprValue): string;
