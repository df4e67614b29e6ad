/** JSON Schema pieces that the config schema and the analyzers' settings schemas (their meta.ts) share. */

/** A Go-style duration as kubectl and Argo write them: `300ms`, `30s`, `10m`, `1h30m`. */
export const DURATION_PATTERN = '^(\\d+(\\.\\d+)?(ms|s|m|h))+$';

export const duration = (description: string) => ({ type: 'string', pattern: DURATION_PATTERN, description });

/** A list, written as a YAML list or as a comma list (as action inputs are). */
export const stringList = (description: string) => ({
  description,
  anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'string' }],
});
