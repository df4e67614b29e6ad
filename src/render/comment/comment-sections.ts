import { ANALYZERS, SEVERITIES, type Severity } from '../../core/finding.js';

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

const TAG_FORM = /^[A-Za-z0-9._-]+$/;
const SHA_FORM = /^[0-9a-f]{7,64}$/;
const SECTION = /<!-- predator-guard:section=([A-Za-z0-9_-]+) sha=([0-9a-f]+) counts=(\d+)\/(\d+)\/(\d+) -->\n([\s\S]*?)\n?<!-- \/predator-guard:section=\1 -->/g;
const STALE_LINE = /^> ⚠️ Stale: from [0-9a-f]+, not the current head [0-9a-f]+\.\n\n?/;
const FIXED_LINE = /^✅ \d+ findings? fixed since [0-9a-f]+\./;

export function openingMarker(tag: string): string {
  if (!TAG_FORM.test(tag)) {
    throw new Error(
      `comment-tag ${JSON.stringify(tag)} cannot key a comment: use letters, digits, '.', '_' or '-' only ` +
        `(for example 'predator-guard-backend').`,
    );
  }
  return `<!-- predator-guard:v1 key=${tag} -->`;
}

/** True when the body opens with this tag's marker (GitHub may hand bodies back with CRLF line ends). */
export function opensWithMarker(body: string, tag: string): boolean {
  return normalizeLineEnds(body).startsWith(`${openingMarker(tag)}\n`) || body === openingMarker(tag);
}

export function parseCommentSections(body: string): CommentSection[] {
  const sections: CommentSection[] = [];
  for (const match of normalizeLineEnds(body).matchAll(SECTION)) {
    const [, analyzer, headSha, error, warning, notice, inner] = match;
    const counts = { error: Number(error), warning: Number(warning), notice: Number(notice) };
    sections.push({ analyzer, headSha, counts, content: inner.replace(STALE_LINE, '') });
  }
  return sections;
}

export function checkHeadSha(headSha: string): void {
  if (!SHA_FORM.test(headSha)) {
    throw new Error(`head SHA ${JSON.stringify(headSha)} is not a commit SHA: expected 7 to 64 lowercase hex digits, as in pull_request.head.sha.`);
  }
}

/**
 * The line a rewritten section opens with when findings went away since the section's previous head. A re-run on
 * the same commit with the same counts keeps the line, so re-running a job leaves the comment unchanged.
 */
export function fixedNote(previous: CommentSection | undefined, headSha: string, counts: SeverityCounts): string | undefined {
  if (previous === undefined) return undefined;
  if (previous.headSha === headSha) {
    const unchangedCounts = SEVERITIES.every((severity) => previous.counts[severity] === counts[severity]);
    return unchangedCounts ? FIXED_LINE.exec(previous.content)?.[0] : undefined;
  }
  const fixed = totalOf(previous.counts) - totalOf(counts);
  if (fixed <= 0) return undefined;
  return `✅ ${fixed} finding${fixed === 1 ? '' : 's'} fixed since ${shortSha(previous.headSha)}.`;
}

/** Known analyzers in DESIGN.md's order; unknown ones after them, as they were. */
export function sortSections(sections: readonly CommentSection[]): CommentSection[] {
  const rank = (section: CommentSection) => {
    const known = (ANALYZERS as readonly string[]).indexOf(section.analyzer);
    return known < 0 ? ANALYZERS.length : known;
  };
  // Array.prototype.sort is stable, so unknown analyzers keep the order they had.
  return [...sections].sort((a, b) => rank(a) - rank(b));
}

/** The whole body: the opening marker, then each section between its markers, a stale one marked so. */
export function bodyOf(tag: string, sections: readonly CommentSection[], headSha: string): string {
  return [openingMarker(tag), ...sections.map((section) => sectionBlock(section, headSha))].join('\n\n');
}

function sectionBlock(section: CommentSection, headSha: string): string {
  const opening = `<!-- predator-guard:section=${section.analyzer} sha=${section.headSha} counts=${SEVERITIES.map((severity) => section.counts[severity]).join('/')} -->`;
  const stale = section.headSha === headSha ? '' : `> ⚠️ Stale: from ${shortSha(section.headSha)}, not the current head ${shortSha(headSha)}.\n\n`;
  return `${opening}\n${stale}${section.content}\n<!-- /predator-guard:section=${section.analyzer} -->`;
}

export function totalOf(counts: SeverityCounts): number {
  return SEVERITIES.reduce((sum, severity) => sum + counts[severity], 0);
}

export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

function normalizeLineEnds(text: string): string {
  return text.replace(/\r\n/g, '\n');
}
