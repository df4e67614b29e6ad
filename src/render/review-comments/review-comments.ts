import type { ChangeSet } from '../../core/changes.js';
import { compareFindings, severityRank, type Finding } from '../../core/finding.js';
import { fencedCode } from '../markdown-inline.js';
import { escapeMarkdownWithCode } from '../markdown-inline.js';
import { SEVERITY_MARKERS } from '../comment/severity-marker.js';
import { ruleLink } from '../comment/rule-docs-link.js';
import { sectionId } from '../comment/comment-sections.js';
import { machineFix } from './machine-fix.js';
import { findingKey, reviewMarker, type ReviewMarker } from './review-marker.js';

/** Inline comments one run posts at most; the rest are counted in the sticky comment. */
export const REVIEW_COMMENT_CAP = 25;

/** One inline comment of the pull-request review: on `line` (or `startLine`…`line`) of `path` in the new file. */
export interface InlineComment {
  path: string;
  line: number;
  startLine?: number;
  body: string;
}

export interface ReviewPlan {
  comments: InlineComment[];
  /** Findings not on an added line (or with no place): they stay in the sticky comment only. */
  outsideDiff: Finding[];
  /** Findings on added lines past the cap: the sticky comment counts them. */
  overCap: Finding[];
  /** Findings on added lines an earlier run already commented on (its thread's marker): not posted again. */
  alreadyPosted: Finding[];
}

export interface ReviewPlanOptions {
  cap?: number;
  docsBase?: string;
  /** The `section` input: it goes into each comment's marker with the analyzer. */
  section?: string;
  /** Keys of the findings our earlier inline comments are about, resolved threads included. */
  posted?: ReadonlySet<string>;
}

/**
 * Which findings become inline comments: those whose first line the pull request added, most severe first, at most
 * `cap`. `source` gives a file of the new tree (undefined when it cannot be read), for the machine fixes' suggestion
 * blocks. Each body ends with a marker naming the finding (review-marker.ts): findings an earlier run commented on
 * (`posted`) are not posted again, and the next run can resolve the threads whose finding is gone.
 */
export function planReviewComments(
  findings: readonly Finding[],
  changes: ChangeSet,
  source: (file: string) => string | undefined,
  options: ReviewPlanOptions = {},
): ReviewPlan {
  const cap = options.cap ?? REVIEW_COMMENT_CAP;
  const onAdded: Finding[] = [];
  const outsideDiff: Finding[] = [];
  const alreadyPosted: Finding[] = [];
  for (const finding of findings) {
    const added = finding.file === undefined ? undefined : changes.files.get(finding.file)?.addedLines;
    const onLine = finding.line !== undefined && added !== undefined && added !== 'all' && added.has(finding.line);
    if (!onLine) outsideDiff.push(finding);
    else if (options.posted?.has(findingKey(finding))) alreadyPosted.push(finding);
    else onAdded.push(finding);
  }
  const ordered = [...onAdded].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || compareFindings(a, b));
  const lines = new Map<string, string[] | undefined>();
  const linesOf = (file: string) => {
    if (!lines.has(file)) lines.set(file, source(file)?.split(/\r?\n/));
    return lines.get(file);
  };
  const comments = ordered.slice(0, cap).map((finding) => {
    const added = changes.files.get(finding.file as string)?.addedLines as ReadonlySet<number>;
    return inlineComment(finding, linesOf(finding.file as string), added, options);
  });
  return { comments, outsideDiff, overCap: ordered.slice(cap), alreadyPosted };
}

/**
 * The threads to resolve: open ones of ours whose finding is not in this run's report, among the sections this
 * run wrote (another job's analyzer, or another `section`, is that job's to resolve).
 */
export function threadsToResolve<Thread extends { isResolved: boolean; marker: ReviewMarker }>(
  threads: readonly Thread[],
  findings: readonly Finding[],
  ranSections: ReadonlySet<string>,
): Thread[] {
  const present = new Set(findings.map(findingKey));
  return threads.filter((thread) => !thread.isResolved && ranSections.has(thread.marker.section) && !present.has(thread.marker.key));
}

function inlineComment(finding: Finding, lines: readonly string[] | undefined, added: ReadonlySet<number>, { docsBase, section }: ReviewPlanOptions): InlineComment {
  const parts = [`${SEVERITY_MARKERS[finding.severity]} ${ruleLink(finding.rule, docsBase)} — ${escapeMarkdownWithCode(finding.message)}`];
  const candidate = lines === undefined ? undefined : machineFix(finding, lines);
  // GitHub places a comment (and so its suggestion) only on lines of the diff: a fix reaching past the added lines is left out.
  const fix = candidate !== undefined && added.has(candidate.startLine) && added.has(candidate.endLine) ? candidate : undefined;
  if (finding.suggestion !== undefined && finding.data?.suggestionLanguage === undefined) parts.push(`💡 ${escapeMarkdownWithCode(finding.suggestion.trim())}`);
  if (fix !== undefined) {
    if (fix.note !== undefined) parts.push(escapeMarkdownWithCode(fix.note));
    parts.push(fencedCode(fix.lines.join('\n'), 'suggestion'));
  }
  parts.push(reviewMarker(finding, sectionId(finding.analyzer, section)));
  const place = fix ?? { startLine: finding.line as number, endLine: finding.line as number };
  return {
    path: finding.file as string,
    line: place.endLine,
    ...(place.startLine < place.endLine ? { startLine: place.startLine } : {}),
    body: parts.join('\n\n'),
  };
}
