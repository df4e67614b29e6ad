/** A plan file: absolute for reading, repository-relative (`/`-separated) for findings. */
export interface PlanFile {
    absolute: string;
    file: string;
}
/** What a setting lists, for the messages about it: `plan` lists saved plans, `queries` SQL files. */
export interface InputFileKind {
    setting: string;
    /** `EXPLAIN (FORMAT JSON) files` */
    what: string;
    /** `a saved EXPLAIN (FORMAT JSON) file` */
    one: string;
    /** `plan files`, for a directory given where files belong */
    noun: string;
    extension: string;
    example: string;
}
export declare const PLAN_FILE_KIND: InputFileKind;
/**
 * Resolves the `plan` setting (files or globs relative to the root) to files, in name order. A file that does not
 * exist or a glob that matches nothing is a UsageError: a silently empty audit would pass the gate.
 */
export declare function resolvePlanFiles(root: string, entries: readonly string[]): PlanFile[];
/** Resolves any file-list setting of the audit (`plan`, `queries`) the same way, naming the setting in errors. */
export declare function resolveInputFiles(root: string, entries: readonly string[], kind: InputFileKind): PlanFile[];
