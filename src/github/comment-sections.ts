import { ANALYZERS, SEVERITIES, type Severity } from '../core/finding.js';

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
export const COMMENT_BODY_LIMIT = 65_536;

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

const TAG_FORM = /^[A-Za-z0-9._-]+$/;
const SHA_FORM = /^[0-9a-f]{7,64}$/;
const SECTION = /<!-- predator-guard:section=([A-Za-z0-9_-]+) sha=([0-9a-f]+) counts=(\d+)\/(\d+)\/(\d+) -->\n([\s\S]*?)\n?<!-- \/predator-guard:section=\1 -->/g;
const STALE_LINE = /^> ⚠️ Stale: from [0-9a-f]+, not the current head [0-9a-f]+\.\n\n?/;
const FIXED_LINE = /^✅ \d+ findings? fixed since [0-9a-f]+\./;
const OMITTED_TAIL = /\n*> ✂️ (\d+) more findings? not shown here \(a comment holds at most [\d,]+ characters\): see (?:\[the job summary\]\(([^)\s]+)\)|the job summary of the run that wrote this section)\.$/;

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
    const withoutStale = inner.replace(STALE_LINE, '');
    const tail = OMITTED_TAIL.exec(withoutStale);
    const content = tail ? withoutStale.slice(0, tail.index) : withoutStale;
    const counts = { error: Number(error), warning: Number(warning), notice: Number(notice) };
    const section: CommentSection = { analyzer, headSha, counts, content };
    if (tail) section.omitted = tail[2] === undefined ? { count: Number(tail[1]) } : { count: Number(tail[1]), summaryUrl: tail[2] };
    sections.push(section);
  }
  return sections;
}

/**
 * The sections with `update` written in place of that analyzer's previous section (or added), in the order review,
 * queries, rollout. When the previous section is from an earlier push and findings went away, the new one opens
 * with how many; a re-run on the same commit keeps that line, so re-running a job leaves the comment unchanged.
 */
export function withSection(sections: readonly CommentSection[], update: SectionUpdate): CommentSection[] {
  if (!SHA_FORM.test(update.headSha)) {
    throw new Error(`head SHA ${JSON.stringify(update.headSha)} is not a commit SHA: expected 7 to 64 lowercase hex digits, as in pull_request.head.sha.`);
  }
  const previous = sections.find((section) => section.analyzer === update.analyzer);
  const note = fixedNote(previous, update);
  const markdown = update.markdown.trim();
  const content = note === undefined ? markdown : `${note}\n\n${markdown}`;
  const next: CommentSection = { analyzer: update.analyzer, headSha: update.headSha, counts: { ...update.counts }, content };
  const others = sections.filter((section) => section.analyzer !== update.analyzer);
  return sortSections([...others, next]);
}

function fixedNote(previous: CommentSection | undefined, update: SectionUpdate): string | undefined {
  if (previous === undefined) return undefined;
  if (previous.headSha === update.headSha) {
    const unchangedCounts = SEVERITIES.every((severity) => previous.counts[severity] === update.counts[severity]);
    return unchangedCounts ? FIXED_LINE.exec(previous.content)?.[0] : undefined;
  }
  const fixed = total(previous.counts) - total(update.counts);
  if (fixed <= 0) return undefined;
  return `✅ ${fixed} finding${fixed === 1 ? '' : 's'} fixed since ${shortSha(previous.headSha)}.`;
}

/** Known analyzers in DESIGN.md's order; unknown ones after them, as they were. */
function sortSections(sections: CommentSection[]): CommentSection[] {
  const rank = (section: CommentSection) => {
    const known = (ANALYZERS as readonly string[]).indexOf(section.analyzer);
    return known < 0 ? ANALYZERS.length : known;
  };
  // Array.prototype.sort is stable, so unknown analyzers keep the order they had.
  return [...sections].sort((a, b) => rank(a) - rank(b));
}

/**
 * The whole comment body. When it would exceed the limit, findings are cut from the end of the largest section
 * (again and again, if one section is not enough), and that section ends with how many were left out and where to
 * read them.
 */
export function renderCommentBody(sections: readonly CommentSection[], options: CommentBodyOptions): string {
  const limit = options.limit ?? COMMENT_BODY_LIMIT;
  let current = [...sections];
  for (;;) {
    const body = bodyOf(current, options, limit);
    const excess = body.length - limit;
    if (excess <= 0) return body;
    const largest = largestCuttable(current, options, limit);
    if (largest === undefined) {
      throw new Error(`the comment's fixed parts alone take ${body.length} characters, over GitHub's limit of ${limit}; this is a bug in predator-guard.`);
    }
    const summaryUrl = largest.analyzer === options.analyzer ? options.summaryUrl : largest.omitted?.summaryUrl;
    current = current.map((section) => (section === largest ? cutFindings(section, excess, summaryUrl, limit) : section));
  }
}

function bodyOf(sections: readonly CommentSection[], options: CommentBodyOptions, limit: number): string {
  return [openingMarker(options.tag), ...sections.map((section) => sectionBlock(section, options.headSha, limit))].join('\n\n');
}

function sectionBlock(section: CommentSection, headSha: string, limit: number): string {
  const opening = `<!-- predator-guard:section=${section.analyzer} sha=${section.headSha} counts=${SEVERITIES.map((severity) => section.counts[severity]).join('/')} -->`;
  const stale = section.headSha === headSha ? '' : `> ⚠️ Stale: from ${shortSha(section.headSha)}, not the current head ${shortSha(headSha)}.\n\n`;
  const tail = section.omitted === undefined ? '' : `\n\n${omittedTail(section.omitted, limit)}`;
  return `${opening}\n${stale}${section.content}${tail}\n<!-- /predator-guard:section=${section.analyzer} -->`;
}

function omittedTail(omitted: OmittedFindings, limit: number): string {
  const where = omitted.summaryUrl === undefined ? 'the job summary of the run that wrote this section' : `[the job summary](${omitted.summaryUrl})`;
  const noun = omitted.count === 1 ? 'finding' : 'findings';
  return `> ✂️ ${omitted.count} more ${noun} not shown here (a comment holds at most ${limit.toLocaleString('en-US')} characters): see ${where}.`;
}

function largestCuttable(sections: readonly CommentSection[], options: CommentBodyOptions, limit: number): CommentSection | undefined {
  let largest: CommentSection | undefined;
  let largestLength = -1;
  for (const section of sections) {
    if (section.content === '') continue;
    const length = sectionBlock(section, options.headSha, limit).length;
    if (length <= largestLength) continue;
    largest = section;
    largestLength = length;
  }
  return largest;
}

/**
 * The section without enough trailing blocks to shed `excess` characters (tail included). A block is a line that
 * starts at column 0 with the indented lines under it, or a whole `<details>` element: renderMarkdown writes each
 * finding as one `- ` item whose suggestion is indented below it, so counting the `- ` blocks counts findings.
 */
function cutFindings(section: CommentSection, excess: number, summaryUrl: string | undefined, limit: number): CommentSection {
  const blocks = contentBlocks(section.content);
  const previouslyOmitted = section.omitted?.count ?? 0;
  const tailLength = (count: number) => (count === 0 ? 0 : omittedTail({ count, summaryUrl }, limit).length + 2);
  const target = section.content.length + tailLength(previouslyOmitted) - excess;
  let kept = blocks.length;
  let keptLength = section.content.length;
  let omitted = previouslyOmitted;
  while (kept > 0 && keptLength + tailLength(omitted) > target) {
    kept -= 1;
    keptLength -= blocks[kept].text.length + (kept > 0 ? 1 : 0);
    if (blocks[kept].isFinding) omitted += 1;
  }
  const content = blocks.slice(0, kept).map((block) => block.text).join('\n').trimEnd();
  return { ...section, content, omitted: { count: omitted, ...(summaryUrl === undefined ? {} : { summaryUrl }) } };
}

interface ContentBlock {
  text: string;
  isFinding: boolean;
}

function contentBlocks(content: string): ContentBlock[] {
  const blocks: ContentBlock[] = [];
  let insideDetails = false;
  for (const line of content.split('\n')) {
    const continues = insideDetails || (line.startsWith(' ') && blocks.length > 0);
    if (continues) blocks[blocks.length - 1].text += `\n${line}`;
    else blocks.push({ text: line, isFinding: line.startsWith('- ') });
    if (line.startsWith('<details>')) insideDetails = true;
    if (line.includes('</details>')) insideDetails = false;
  }
  return blocks;
}

function total(counts: SeverityCounts): number {
  return SEVERITIES.reduce((sum, severity) => sum + counts[severity], 0);
}

export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

function normalizeLineEnds(text: string): string {
  return text.replace(/\r\n/g, '\n');
}
