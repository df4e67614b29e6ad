interface PromqlSyntaxError {
    offset: number;
    line: number;
    column: number;
    /** The token the parser stopped at, or undefined at the end of the query. */
    token?: string;
}
/**
 * R18: a query that does not parse fails every measurement at run time (Prometheus answers 400, the measurements
 * turn Error and the AnalysisRun ends in Error, aborting the rollout). Checked with Prometheus' own Lezer grammar,
 * which accepts a little more than the server (no type checks), so what it rejects is certainly wrong.
 */
export declare const promqlSyntaxError: import("../../lint/lint-rule.js").LintRule<"promql-syntax-error">;
/**
 * Replaces each placeholder with a value of the same length that fits where it stands, so offsets stay those of
 * the original text: a duration inside `[…]` or after `offset`, a number after `@`, otherwise a name (which also
 * reads as a metric, a label or a vector in a number's place, and is harmless inside a quoted string).
 */
export declare function withNeutralPlaceholders(query: string): string;
/**
 * The first error node of the Lezer parse of `parsed`, located in the query's own lines (1-based line and column).
 * The token is quoted from `shown`, the text as written, which has the same offsets (placeholders keep their length).
 */
export declare function firstSyntaxError(parsed: string, shown?: string): PromqlSyntaxError | undefined;
export {};
