/**
 * Parses YAML and validates it against the shipped schema. Every problem is reported at once, each with its line,
 * the key path, the value found and what is allowed, so one edit fixes the file.
 */
export declare function validateConfigDocument(text: string, file: string): Record<string, unknown>;
