/** Narrowing reads of parsed YAML, whose shape is whatever the author wrote. */
export declare function isRecord(value: unknown): value is Record<string, unknown>;
/** A mapping, or an empty one when the value is absent or not a mapping (another rule reports bad shapes). */
export declare function asRecord(value: unknown): Record<string, unknown>;
export declare function asList(value: unknown): unknown[];
export declare function asString(value: unknown): string | undefined;
/** Argo's int-or-string fields: a number, a digit string, or a `{{args.x}}` placeholder resolved only at run time. */
export declare function asWholeNumber(value: unknown): number | undefined;
