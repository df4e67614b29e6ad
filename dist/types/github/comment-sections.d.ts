import { type Severity } from '../core/finding.js';
/**
 * The body of the sticky pull-request comment (DESIGN.md, "PR comment"): an opening marker carrying the comment's
 * key, then one section per analyzer between its own markers. Each job rewrites only its own section, so the review
 * job and a later rollout job share one comment. Pure: parsing and rendering only, no GitHub calls.
 */
/**
 * GitHub refuses longer comment bodies ("Body is too long (maximum is 65536 characters)"). Lengths here are
 * `string.length`, UTF-16 code units, which is never less than the characters GitHub counts: a body within this
 * limit is within GitHub's.
 */
export declare const COMMENT_BODY_LIMIT = 65536;
export type SeverityCounts = Readonly<Record<Severity, number>>;
/** Findings cut from a section to keep the comment under the limit, and where the full list is. */
export interface OmittedFindings {
    count: number;
    summaryUrl?: string;
}
export interface CommentSection {
    /** An analyzer name; a name this version does not know (written by a newer one) is kept as it is. */
    analyzer: string;
    headSha: string;
    counts: SeverityCounts;
    /** The section's markdown, without the stale line and the omitted-findings tail, which are rendered from data. */
    content: string;
    omitted?: OmittedFindings;
}
export interface SectionUpdate {
    analyzer: string;
    headSha: string;
    counts: SeverityCounts;
    markdown: string;
}
export interface CommentBodyOptions {
    tag: string;
    /** The pull request's current head: sections written for another commit are shown as stale. */
    headSha: string;
    /** The analyzer this run writes: a tail cut from its section links to this run's job summary. */
    analyzer: string;
    summaryUrl?: string;
    limit?: number;
}
export declare function openingMarker(tag: string): string;
/** True when the body opens with this tag's marker (GitHub may hand bodies back with CRLF line ends). */
export declare function opensWithMarker(body: string, tag: string): boolean;
export declare function parseCommentSections(body: string): CommentSection[];
/**
 * The sections with `update` written in place of that analyzer's previous section (or added), in the order review,
 * queries, rollout. When the previous section is from an earlier push and findings went away, the new one opens
 * with how many; a re-run on the same commit keeps that line, so re-running a job leaves the comment unchanged.
 */
export declare function withSection(sections: readonly CommentSection[], update: SectionUpdate): CommentSection[];
/**
 * The whole comment body. When it would exceed the limit, findings are cut from the end of the largest section
 * (again and again, if one section is not enough), and that section ends with how many were left out and where to
 * read them.
 */
export declare function renderCommentBody(sections: readonly CommentSection[], options: CommentBodyOptions): string;
export declare function shortSha(sha: string): string;
