import jsep from 'jsep';
/**
 * The expr-lang grammar subset that Argo Rollouts conditions use, parsed with jsep. jsep keeps its operator tables
 * in process-wide statics, so this module is the single place that configures them; nothing else in the project
 * may import jsep with another configuration.
 */
/** A `{ … }` predicate of all/any/none/one/filter/map/count: its body sees the current element as `#`. */
export interface ClosureNode extends jsep.Expression {
    type: 'Closure';
    body: jsep.Expression;
}
/**
 * A parenthesised expression, kept as a node because expr-lang binds unary minus looser than `**` (`-2 ** 2` is -4)
 * while jsep binds every unary operator tightest: only the parentheses tell `(-2) ** 2` apart.
 */
export interface GroupNode extends jsep.Expression {
    type: 'Group';
    expression: jsep.Expression;
}
/** A syntax error: jsep's message and, when it stopped at a known place, the 0-based offset there. */
export interface ConditionSyntaxError {
    message: string;
    offset?: number;
}
export type ParsedCondition = {
    ok: true;
    ast: jsep.Expression;
} | ({
    ok: false;
} & ConditionSyntaxError);
/** Parses an expr-lang condition; a syntax error carries jsep's message and the 0-based offset it stopped at. */
export declare function parseCondition(source: string): ParsedCondition;
/** `Unclosed [ at offset 8`, as messages quote a syntax error. */
export declare function syntaxErrorText(error: ConditionSyntaxError): string;
/** Whether a condition uses expr-lang syntax outside the covered subset (then "does not parse" would be a guess). */
export declare function usesUncoveredSyntax(source: string): boolean;
