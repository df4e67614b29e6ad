import type { ChangeSet } from '../changes.js';
import type { FilterMode } from '../config/choices.js';
import type { Finding } from '../finding.js';
/** How far `diff-context` reaches from an added line, as reviewdog's diff_context does by default. */
export declare const DIFF_CONTEXT_LINES = 3;
export interface FilterOutcome {
    kept: Finding[];
    filteredOut: number;
}
/**
 * Keeps the findings a change is responsible for. A finding counts as touched when any line of its construct
 * (`line`..`endLine`) was added, so a new eighth parameter on its own line flags the whole signature; a nested loop
 * also counts its outer loop's line (`data.outerLine`), so wrapping old code in a new loop flags the inner one.
 * Findings with no file (rollout verdicts, stale baseline entries) describe the run, not a line, and always stay.
 */
export declare function filterFindings(findings: readonly Finding[], changes: ChangeSet, mode: FilterMode): FilterOutcome;
/**
 * The files worth reviewing when only changed lines can produce findings: the changed files that still exist.
 * Undefined when the review must cover everything under `paths` (nofilter, or a change set known to be incomplete).
 */
export declare function filesToReview(changes: ChangeSet, mode: FilterMode): ReadonlySet<string> | undefined;
/**
 * Whether a change touched a file, under its current or its former name. A baseline entry for an untouched file
 * was not looked at in a diff run, so its finding being absent says nothing.
 */
export declare function touchesFile(changes: ChangeSet, file: string): boolean;
