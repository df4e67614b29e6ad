import { ANALYZERS, SEVERITIES, type Severity } from '../../core/finding.js';

/**
 * The sticky pull-request comment's format (DESIGN.md, "PR comment"): an opening marker carrying the comment's key,
 * then one section per analyzer between its own markers, each written by the job that runs that analyzer. Read
 * back here are the markers only (and the two lines this format itself writes at a section's top); what is
 * between them is another job's and is kept as it is.
 */

export type SeverityCounts = Readonly<Record<Severity, number>>;
export type SectionGate = 'passed' | 'failed';

/** A section as the comment holds it. */
export interface CommentSection {
  /** `<analyzer>` or `<analyzer>:<name>` (the `section` input), the key a run replaces its own section by. */
  id: string;
  /** The analyzer part of `id`; a name this version does not know (written by a newer one) is kept as it is. */
  analyzer: string;
  headSha: string;
  counts: SeverityCounts;
  /** The section's own gate; undefined for a section an earlier version wrote, whose marker did not say. */
  gate?: SectionGate;
  /** The section's markdown, without the stale line, which is rendered from the head SHAs. */
  content: string;
}

const TAG_FORM = /^[A-Za-z0-9._-]+$/;
const SHA_FORM = /^[0-9a-f]{7,64}$/;
/** A section name (the `section` input): what may stand after `<analyzer>:` in a marker. */
export const SECTION_NAME_FORM = /^[A-Za-z0-9._-]{1,64}$/;
const ID = '([a-z][a-z0-9-]{0,31}(?::[A-Za-z0-9._-]{1,64})?)';
/**
 * The markers, each a whole line exactly as sectionBlock writes it. Nothing the renderers take from analysed or
 * reported text can make a line (they fold line breaks, and a fenced block's lines are skipped), so only the
 * action's own lines match.
 */
const OPENING_LINE = new RegExp(`^<!-- predator-guard:section=${ID} sha=([0-9a-f]{7,64}) counts=(\\d{1,9})/(\\d{1,9})/(\\d{1,9})(?: gate=(passed|failed))? -->$`);
const CLOSING_LINE = new RegExp(`^<!-- /predator-guard:section=${ID} -->$`);
/** A code fence as CommonMark reads one (up to three spaces of indent), opening or closing. */
const FENCE_LINE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/** The stale line: at a section's top (as earlier versions wrote it) or right under its heading. */
const STALE_LINE = /^((?:#{3} [^\n]*\n\n)?)> ⚠️ Stale: from [0-9a-f]+, not the current head [0-9a-f]+\.(?:\n\n?|$)/;
const FIXED_LINE = /^✅ \d+ findings? fixed since [0-9a-f]+\./m;

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

/** `review`, or `review:backend` when the run names its section (matrix jobs running one analyzer). */
export function sectionId(analyzer: string, name: string | undefined): string {
  if (name === undefined || name === '') return analyzer;
  if (!SECTION_NAME_FORM.test(name)) {
    throw new Error(`section ${JSON.stringify(name)} cannot name a comment section: use 1 to 64 letters, digits, '.', '_' or '-' (for example 'backend').`);
  }
  return `${analyzer}:${name}`;
}

/**
 * The sections of a body, read line by line: a section opens at a line that is exactly an opening marker and ends
 * at the line that is exactly its closing marker, both outside fenced code. A marker quoted inside a line, a code
 * span or a fenced block is content, never a marker; a section that never closes is dropped.
 */
export function parseCommentSections(body: string): CommentSection[] {
  const sections: CommentSection[] = [];
  const lines = normalizeLineEnds(body).split('\n');
  let fence: { char: string; length: number } | undefined;
  let open: { id: string; headSha: string; counts: SeverityCounts; gate?: SectionGate; start: number } | undefined;
  lines.forEach((line, index) => {
    const fenceMatch = FENCE_LINE.exec(line);
    if (fence !== undefined) {
      const closes = fenceMatch !== null && fenceMatch[1][0] === fence.char && fenceMatch[1].length >= fence.length && fenceMatch[2].trim() === '';
      if (closes) fence = undefined;
      return;
    }
    if (fenceMatch !== null && !(fenceMatch[1][0] === '`' && fenceMatch[2].includes('`'))) {
      fence = { char: fenceMatch[1][0], length: fenceMatch[1].length };
      return;
    }
    const opening = OPENING_LINE.exec(line);
    if (opening !== null) {
      const [, id, headSha, error, warning, notice, gate] = opening;
      const counts = { error: Number(error), warning: Number(warning), notice: Number(notice) };
      open = { id, headSha, counts, ...(gate === undefined ? {} : { gate: gate as SectionGate }), start: index + 1 };
      return;
    }
    const closing = CLOSING_LINE.exec(line);
    if (closing !== null && open !== undefined && closing[1] === open.id) {
      const content = lines.slice(open.start, index).join('\n').replace(STALE_LINE, '$1').replace(/\n\n$/, '');
      const { start, ...section } = open;
      void start;
      sections.push({ ...section, analyzer: analyzerOf(open.id), content });
      open = undefined;
    }
  });
  return sections;
}

function analyzerOf(id: string): string {
  const colon = id.indexOf(':');
  return colon < 0 ? id : id.slice(0, colon);
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
  // Array.prototype.sort is stable, so unknown analyzers keep the order they had; named sections follow their
  // analyzer's unnamed one, by name.
  return [...sections].sort((a, b) => rank(a) - rank(b) || (rank(a) < ANALYZERS.length ? compareIds(a.id, b.id) : 0));
}

/**
 * The whole body: the opening marker, the summary table (recomputed from every section's marker, so it is right
 * whichever job wrote last), then each section between its markers, a stale one marked so.
 */
export function bodyOf(tag: string, sections: readonly CommentSection[], headSha: string): string {
  return [openingMarker(tag), summaryTable(sections, headSha), ...sections.map((section) => sectionBlock(section, headSha))].join('\n\n');
}

function sectionBlock(section: CommentSection, headSha: string): string {
  const gate = section.gate === undefined ? '' : ` gate=${section.gate}`;
  const opening = `<!-- predator-guard:section=${section.id} sha=${section.headSha} counts=${SEVERITIES.map((severity) => section.counts[severity]).join('/')}${gate} -->`;
  const content = section.headSha === headSha ? section.content : underHeading(section.content, `> ⚠️ Stale: from ${shortSha(section.headSha)}, not the current head ${shortSha(headSha)}.`);
  return `${opening}\n${content}\n<!-- /predator-guard:section=${section.id} -->`;
}

/** `block` right under the section's heading (its first line, when that is one), else at its top. */
export function underHeading(content: string, block: string): string {
  const match = /^(#{3} [^\n]*)(?:\n\n?|$)/.exec(content);
  if (match === null) return `${block}\n\n${content}`;
  const rest = content.slice(match[0].length);
  return rest === '' ? `${match[1]}\n\n${block}` : `${match[1]}\n\n${block}\n\n${rest}`;
}

/** One row per section: its counts, gate and commit, as its marker says. */
function summaryTable(sections: readonly CommentSection[], headSha: string): string {
  const rows = sections.map((section) => {
    const gate = section.gate === undefined ? '—' : section.gate === 'passed' ? '✅ passed' : '❌ failed';
    const commit = `\`${shortSha(section.headSha)}\`${section.headSha === headSha ? '' : ' ⚠️ stale'}`;
    return `| ${section.id.replace(/_/g, '\\_')} | ${SEVERITIES.map((severity) => section.counts[severity]).join(' | ')} | ${gate} | ${commit} |`;
  });
  return ['## predator-guard', '', '| section | errors | warnings | notices | gate | commit |', '|:--|--:|--:|--:|:--|:--|', ...rows].join('\n');
}

function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.includes(':')) return -1;
  if (!b.includes(':')) return 1;
  return a < b ? -1 : 1;
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
