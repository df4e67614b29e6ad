/**
 * Parses YAML and validates it against the shipped schema. Every problem is reported at once, each with its line,
 * the key path, the value found and what is allowed, so one edit fixes the file.
 */
export declare function validateConfigDocument(text: string, file: string): Record<string, unknown>;
/**
 * Validates settings that did not come from a file (the action's inputs) against the same schema; `describeKey`
 * says where each came from, e.g. "input 'fail-on'".
 */
export declare function validateSettings(value: Record<string, unknown>, describeKey: (key: string) => string): void;
