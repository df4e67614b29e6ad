/**
 * What a change touched, as the doors learn it: the CLI from `git diff`, the action from GitHub's API. Data only, so
 * the core can filter findings without knowing where the diff came from.
 */
export type FileChangeStatus = 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed';
export interface FileChange {
    /** Repository-relative, `/`-separated: the path in the new tree (the old path for a removed file). */
    file: string;
    /** GitHub's vocabulary; `changed` is a change of mode or type with no content change. */
    status: FileChangeStatus;
    /** The path before a rename or copy. */
    previousFile?: string;
    /**
     * Line numbers in the new file that the change added. `all` when the patch is unknown (GitHub omitted it, or the
     * diff is binary or too large): then every line of the file counts as changed, which is file mode for that file.
     */
    addedLines: ReadonlySet<number> | 'all';
}
export interface ChangeSet {
    /** Keyed by `FileChange.file`. */
    files: ReadonlyMap<string, FileChange>;
    /**
     * Set when the list of files is itself incomplete (GitHub lists at most 3,000 files): no file can be called
     * unchanged, so every file is treated as changed, in file mode.
     */
    wholeFiles?: boolean;
}
