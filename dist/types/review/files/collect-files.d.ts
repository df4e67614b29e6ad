import type { Language } from '../review-rule.js';
export interface CandidateFile {
    /** Repository-relative, `/`-separated. */
    file: string;
    absolute: string;
    language: Language;
    /** Bytes on disk, to share work between threads by size. */
    size: number;
}
export type SkipReason = 'symlink-loop' | 'broken-symlink' | 'duplicate-symlink' | 'unreadable' | 'too-large' | 'binary' | 'not-utf8';
export interface SkippedFile {
    file: string;
    reason: SkipReason;
    detail?: string;
}
export interface FileSelection {
    files: CandidateFile[];
    skipped: SkippedFile[];
}
export interface CollectOptions {
    root: string;
    paths: readonly string[];
    include: readonly string[];
    exclude: readonly string[];
    /**
     * When set (a diff run), only these repository-relative files are collected, and the walk enters only folders
     * that hold one of them. The walk still decides, so .gitignore, skipped folders and include/exclude apply to a
     * changed file exactly as they would in a full review.
     */
    onlyFiles?: ReadonlySet<string>;
}
/**
 * Expands paths, directories and globs into the files to review. Directories are walked honouring every
 * .gitignore on the way down; symlinks are followed once, and a link back into its own ancestry is reported as a
 * loop rather than walked forever.
 */
export declare function collectFiles(options: CollectOptions): FileSelection;
