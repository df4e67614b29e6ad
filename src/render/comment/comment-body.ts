import type { AnalyzerName } from '../../core/finding.js';
import { ANALYZERS } from '../../core/finding.js';
import { countBySeverity, type Report } from '../../core/report.js';
import { mayReplace, type CurrentHead } from './section-precedence.js';
import { bodyOf, checkHeadSha, fixedNote, parseCommentSections, sectionId, sortSections, totalOf, underHeading, type CommentSection } from './comment-sections.js';
import { sectionGatePassed, sectionMarkdown, sectionTitle } from './section-markdown.js';

/**
 * GitHub refuses longer comment bodies ("Body is too long (maximum is 65536 characters)"). Lengths here are
 * `string.length`, UTF-16 code units, which is never less than the characters GitHub counts: a body within this
 * limit is within GitHub's.
 */
export const COMMENT_BODY_LIMIT = 65_536;

/**
 * Room a section leaves while a known analyzer has no section yet, so that a later job's section (a rollout's
 * verdict table and step diagram take a few thousand characters) fits without cutting this one: a job can cut
 * only its own findings, and another job's section only as a whole.
 */
export const ROOM_FOR_LATER_SECTIONS = 4096;

export interface SectionWrite {
  /** The `comment-tag` input: the key of the one comment this run keeps current. */
  tag: string;
  report: Report;
  /** The analyzer whose section this run writes. */
  analyzer: AnalyzerName;
  /** The `section` input: keeps matrix jobs running one analyzer in separate sections (`<analyzer>:<section>`). */
  section?: string;
  /** The commit this run's result is about. */
  headSha: string;
  /**
   * The pull request's head read at write time (default: `headSha`): sections about another commit are shown as
   * stale, and a section about a newer commit than `headSha` is kept rather than replaced.
   */
  currentHead?: CurrentHead;
  /** A blob URL ending in `/`: places become links to their lines. */
  linkBase?: string;
  /** The action's own docs/rules/ URL (rule-docs-link.ts): rule ids become links to their pages. */
  docsBase?: string;
  /** This run's page, where the job summary holds every finding: a cut section points there. */
  summaryUrl?: string;
  /**
   * This section's findings on changed lines that got no inline review comment because of the per-run cap, and the
   * cap: the section says they are here only.
   */
  inlineOverCap?: { count: number; cap: number };
  limit?: number;
}

/**
 * The comment body with this run's section written into `existingBody` (undefined for a new comment), the other
 * jobs' sections kept. When it would exceed the limit, this section lists fewer findings, dropping whole findings
 * from the end and saying how many; only when this section has no room even without findings does it shrink to its
 * summary line, and only when that is not enough either does another job's section give way, as a whole.
 */
export function commentBody(existingBody: string | undefined, write: SectionWrite): string {
  checkHeadSha(write.headSha);
  const limit = write.limit ?? COMMENT_BODY_LIMIT;
  const id = sectionId(write.analyzer, write.section);
  const previous = existingBody === undefined ? [] : parseCommentSections(existingBody);
  const current = write.currentHead?.sha ?? write.headSha;
  const existing = previous.find((section) => section.id === id);
  if (existing !== undefined && !mayReplace(existing.headSha, write.headSha, write.currentHead)) {
    // A newer commit's result is already there: this older one is not written (the comment stays as it is, its
    // stale marks brought up to the current head).
    return bodyOf(write.tag, sortSections(previous), current);
  }
  const findings = write.report.findings.filter((finding) => finding.analyzer === write.analyzer);
  const counts = countBySeverity(findings);
  const notes = [fixedNote(existing, write.headSha, counts), overCapNote(write.inlineOverCap)].filter((line): line is string => line !== undefined);
  const note = notes.length === 0 ? undefined : notes.join('\n\n');
  const own = (content: string): CommentSection => ({
    id,
    analyzer: write.analyzer,
    headSha: write.headSha,
    counts,
    gate: sectionGatePassed(write.report, write.analyzer) ? 'passed' : 'failed',
    content: note === undefined ? content : underHeading(content, note),
  });
  let others = previous.filter((section) => section.id !== id);
  const gaveWay = new Set<string>();
  for (;;) {
    const compose = (content: string) => bodyOf(write.tag, sortSections([...others, own(content)]), current);
    const laterSections = ANALYZERS.some((analyzer) => analyzer !== write.analyzer && !others.some((section) => section.analyzer === analyzer));
    for (const target of laterSections ? [limit - ROOM_FOR_LATER_SECTIONS, limit] : [limit]) {
      const body = mostFindingsFitting(findings.length, target, (shown) => compose(sectionContent(write, limit, shown, findings.length)));
      if (body !== undefined) return body;
    }
    const summaryOnly = compose(`### ${sectionTitle(write.analyzer, write.section)}\n\n${omittedLine(`${findings.length} ${noun(findings.length)} and the rest of this section`, limit, write.summaryUrl)}`);
    if (summaryOnly.length <= limit) return summaryOnly;
    const largest = largestSection(others.filter((section) => !gaveWay.has(section.id)));
    if (largest === undefined) {
      throw new Error(`the comment's fixed parts alone take ${summaryOnly.length} characters, over GitHub's limit of ${limit}; this is a bug in predator-guard.`);
    }
    gaveWay.add(largest.id);
    others = others.map((section) => (section === largest ? givenWay(section, limit) : section));
  }
}

/** The body listing as many findings as fit in `target` (`bodyWith(shown)` renders it), or undefined when none fit. */
function mostFindingsFitting(total: number, target: number, bodyWith: (shown: number) => string): string | undefined {
  const all = bodyWith(total);
  if (all.length <= target) return all;
  // More findings shown never makes the body shorter: find the most that fit.
  let low = 0;
  let high = total - 1;
  let best: string | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const body = bodyWith(middle);
    if (body.length <= target) {
      best = body;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return best;
}

function sectionContent(write: SectionWrite, limit: number, shown: number, total: number): string {
  const markdown = sectionMarkdown(write.report, {
    analyzer: write.analyzer,
    section: write.section,
    linkBase: write.linkBase,
    docsBase: write.docsBase,
    shownFindings: shown,
  });
  if (shown === total) return markdown;
  return `${markdown}\n\n${omittedLine(`${total - shown} more ${noun(total - shown)}`, limit, write.summaryUrl)}`;
}

/** `> 💬 12 more findings on changed lines are in this comment only (at most 25 inline review comments per run).` */
function overCapNote(overCap: SectionWrite['inlineOverCap']): string | undefined {
  if (overCap === undefined || overCap.count === 0) return undefined;
  const { count, cap } = overCap;
  return `> 💬 ${count} more ${noun(count)} on changed lines ${count === 1 ? 'is' : 'are'} in this comment only (at most ${cap} inline review comments per run).`;
}

/** Another job's section, reduced to its markers and what its counts say, to make room. */
function givenWay(section: CommentSection, limit: number): CommentSection {
  const total = totalOf(section.counts);
  const heading = /^#{3} [^\n]*/.exec(section.content)?.[0];
  const line = omittedLine(`This section (${total} ${noun(total)})`, limit, undefined);
  return { ...section, content: heading === undefined ? line : `${heading}\n\n${line}` };
}

/** `> ✂️ 12 more findings not shown here (a comment holds at most 65,536 characters): see the job summary.` */
function omittedLine(what: string, limit: number, summaryUrl: string | undefined): string {
  const where = summaryUrl === undefined ? 'the job summary of the run that wrote this section' : `[the job summary](${summaryUrl})`;
  return `> ✂️ ${what} not shown here (a comment holds at most ${limit.toLocaleString('en-US')} characters): see ${where}.`;
}

function largestSection(sections: readonly CommentSection[]): CommentSection | undefined {
  let largest: CommentSection | undefined;
  for (const section of sections) {
    if (largest === undefined || section.content.length > largest.content.length) largest = section;
  }
  return largest;
}

function noun(count: number): string {
  return count === 1 ? 'finding' : 'findings';
}
