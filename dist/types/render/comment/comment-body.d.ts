import type { AnalyzerName } from '../../core/finding.js';
import { type Report } from '../../core/report.js';
/**
 * GitHub refuses longer comment bodies ("Body is too long (maximum is 65536 characters)"). Lengths here are
 * `string.length`, UTF-16 code units, which is never less than the characters GitHub counts: a body within this
 * limit is within GitHub's.
 */
export declare const COMMENT_BODY_LIMIT = 65536;
/**
 * Room a section leaves while a known analyzer has no section yet, so that a later job's section (a rollout's
 * verdict table and step diagram take a few thousand characters) fits without cutting this one: a job can cut
 * only its own findings, and another job's section only as a whole.
 */
export declare const ROOM_FOR_LATER_SECTIONS = 4096;
export interface SectionWrite {
    /** The `comment-tag` input: the key of the one comment this run keeps current. */
    tag: string;
    report: Report;
    /** The analyzer whose section this run writes. */
    analyzer: AnalyzerName;
    /** The pull request's current head: sections written for another commit are shown as stale. */
    headSha: string;
    /** A blob URL ending in `/`: places become links to their lines. */
    linkBase?: string;
    /** This run's page, where the job summary holds every finding: a cut section points there. */
    summaryUrl?: string;
    limit?: number;
}
/**
 * The comment body with this run's section written into `existingBody` (undefined for a new comment), the other
 * jobs' sections kept. When it would exceed the limit, this section lists fewer findings, dropping whole findings
 * from the end and saying how many; only when this section has no room even without findings does it shrink to its
 * summary line, and only when that is not enough either does another job's section give way, as a whole.
 */
export declare function commentBody(existingBody: string | undefined, write: SectionWrite): string;
