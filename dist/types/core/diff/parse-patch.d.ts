import type { ChangeSet } from '../changes.js';
/**
 * The line numbers (in the new file) that a one-file unified diff adds: the `patch` GitHub returns per file, or
 * the hunks of one `git diff` section. Lines are counted against the hunk header's counts, so text after a hunk (a
 * trailing newline, a context line whose leading space an editor stripped) is never mistaken for a change. A hunk
 * header that does not parse gives `all`: a patch we cannot read must not hide findings.
 */
export declare function addedLinesOfPatch(patch: string): ReadonlySet<number> | 'all';
/**
 * A whole `git diff` (any number of files) as a change set. Names come from the most precise line git wrote:
 * `rename to`/`copy to`, then `+++`/`---`, then the `diff --git` header, which alone is ambiguous when a name holds
 * a space. Binary files have no lines to compare, so they count as changed throughout.
 */
export declare function parseUnifiedDiff(text: string): ChangeSet;
/**
 * Git quotes a path holding a quote, a backslash, a control character or (with core.quotePath, the default) any
 * non-ASCII byte: C escapes, with each byte of the UTF-8 name as a three-digit octal escape.
 */
export declare function unquoteGitPath(raw: string): string;
