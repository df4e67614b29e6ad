import { type Severity } from '../../core/finding.js';
/**
 * The sticky pull-request comment's format (DESIGN.md, "PR comment"): an opening marker carrying the comment's key,
 * then one section per analyzer between its own markers, each written by the job that runs that analyzer. Read
 * back here are the markers only (and the two lines this format itself writes at a section's top); what is
 * between them is another job's and is kept as it is.
 */
export type SeverityCounts = Readonly<Record<Severity, number>>;
/** A section as the comment holds it. */
export interface CommentSection {
    /** An analyzer name; a name this version does not know (written by a newer one) is kept as it is. */
    analyzer: string;
    headSha: string;
    counts: SeverityCounts;
    /** The section's markdown, without the stale line, which is rendered from the head SHAs. */
    content: string;
}
export declare function openingMarker(tag: string): string;
/** True when the body opens with this tag's marker (GitHub may hand bodies back with CRLF line ends). */
export declare function opensWithMarker(body: string, tag: string): boolean;
export declare function parseCommentSections(body: string): CommentSection[];
export declare function checkHeadSha(headSha: string): void;
/**
 * The line a rewritten section opens with when findings went away since the section's previous head. A re-run on
 * the same commit with the same counts keeps the line, so re-running a job leaves the comment unchanged.
 */
export declare function fixedNote(previous: CommentSection | undefined, headSha: string, counts: SeverityCounts): string | undefined;
/** Known analyzers in DESIGN.md's order; unknown ones after them, as they were. */
export declare function sortSections(sections: readonly CommentSection[]): CommentSection[];
/** The whole body: the opening marker, then each section between its markers, a stale one marked so. */
export declare function bodyOf(tag: string, sections: readonly CommentSection[], headSha: string): string;
export declare function totalOf(counts: SeverityCounts): number;
export declare function shortSha(sha: string): string;
