import { SEVERITIES } from '../../core/finding.js';
import { parseCommentSections, type SeverityCounts } from './comment-sections.js';

/**
 * Which of two results for one section the comment keeps, when runs finish out of order. GitHub has no conditional
 * update for comments, so every run decides this afresh from what it reads at write time.
 */

/** The pull request's head as read at write time, and the order of its commits (oldest first) when known. */
export interface CurrentHead {
  sha: string;
  /** A commit's place in the pull request (higher is newer); undefined for one it does not have (force-pushed away). */
  order?: (sha: string) => number | undefined;
}

/**
 * Whether a result about `mine` may replace a section about `theirs`: always for the same commit (a re-run) or
 * when `mine` is the current head; never over the current head; otherwise only a newer commit over an older one
 * (a commit the pull request no longer has counts as oldest; when `mine` is one, it does not replace anything).
 */
export function mayReplace(theirs: string, mine: string, head: CurrentHead | undefined): boolean {
  if (theirs === mine || head === undefined || mine === head.sha) return true;
  if (theirs === head.sha) return false;
  const ours = head.order?.(mine);
  if (ours === undefined) return false;
  const other = head.order?.(theirs);
  return other === undefined || ours > other;
}

/**
 * Whether `body` holds this run's section: its own (same commit, same counts), or one a newer result wrote that
 * this run must not replace. False when the section is missing or older: another run's write interleaved with ours.
 */
export function holdsSection(body: string, section: { id: string; headSha: string; counts: SeverityCounts }, head: CurrentHead | undefined): boolean {
  const found = parseCommentSections(body).find((candidate) => candidate.id === section.id);
  if (found === undefined) return false;
  if (found.headSha === section.headSha) return SEVERITIES.every((severity) => found.counts[severity] === section.counts[severity]);
  return !mayReplace(found.headSha, section.headSha, head);
}
