/** The JSON Schema of what `--format json` prints and the action's `report-file` holds. */
export declare function reportSchema(): Record<string, unknown>;
/**
 * What makes `value` not a report, as `runs[0].stats.rollouts[2].phase: must be string`; undefined for a report.
 * A saved report comes from a pull request's run, so everything the outputs read is checked before they read it.
 */
export declare function reportProblem(value: unknown): string | undefined;
