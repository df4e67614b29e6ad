/** A plan file: absolute for reading, repository-relative (`/`-separated) for findings. */
export interface PlanFile {
    absolute: string;
    file: string;
}
/**
 * Resolves the `plan` setting (files or globs relative to the root) to files, in name order. A file that does not
 * exist or a glob that matches nothing is a UsageError: a silently empty audit would pass the gate.
 */
export declare function resolvePlanFiles(root: string, entries: readonly string[]): PlanFile[];
