import { CATEGORIES, CATEGORY_ICONS, SEVERITIES, compareFindings, type AnalyzerName, type Category, type Finding } from '../core/finding.js';
import { countBySeverity, type AnalyzerRun, type Report } from '../core/report.js';
import { codeSpan, escapeMarkdown } from './markdown-inline.js';
import { findingPlace } from './finding-place.js';
import { skippedFiles, skippedOmitted } from './skipped-files.js';
import { checkedMigrations } from './migrations/checked-migrations.js';
import { auditedQueries } from './queries/audited-queries.js';
import { queriesMarkdownBlocks } from './queries/queries-markdown.js';
import { followedRollouts } from './rollout/followed-rollouts.js';
import { rolloutMarkdownBlocks } from './rollout/rollout-markdown.js';

export interface MarkdownOptions {
  /** Only this analyzer's findings and runs: the pull-request comment holds one section per analyzer. */
  analyzer?: AnalyzerName;
  /** A blob URL ending in `/`, e.g. `https://github.com/o/r/blob/<sha>/`: places become links to their lines. */
  linkBase?: string;
  /**
   * List only this many findings, the first in the order shown (by category, then file); the caller says what became
   * of the rest (the comment's size cap). Headings still count every finding of their category.
   */
  shownFindings?: number;
}

/**
 * The body of one pull-request comment section: a summary line, any failed or skipped run, the rollouts a rollout
 * run followed (their verdicts, step diagrams and analysis), what a queries run audited where (and what it could
 * not judge), then the findings by category (in CATEGORIES order) and by file. Everything that comes from the
 * analysed code is escaped, because a message quoting user code must not be able to break, restyle or inject into
 * the comment.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const inScope = (item: { analyzer: AnalyzerName }) => options.analyzer === undefined || item.analyzer === options.analyzer;
  const findings = report.findings.filter(inScope).sort(compareFindings);
  const shown = new Set(findingsInShownOrder(findings).slice(0, options.shownFindings ?? findings.length));
  const blocks = [
    markdownSummaryLine(report, options.analyzer),
    ...report.runs.filter(inScope).filter((run) => run.status !== 'ok').map(runNote),
    ...report.runs.filter(inScope).flatMap(skippedNote),
    ...rolloutMarkdownBlocks(followedRollouts(report, inScope)),
    ...queriesMarkdownBlocks(auditedQueries(report, inScope), options.linkBase),
    ...checkedMigrations(report, inScope).map((line) => `🔒 ${line}`),
    ...CATEGORIES.flatMap((category) => {
      const inCategory = findings.filter((finding) => finding.category === category);
      const listed = inCategory.filter((finding) => shown.has(finding));
      return listed.length === 0 ? [] : [categorySection(category, inCategory.length, listed, options.linkBase)];
    }),
  ];
  return `${blocks.join('\n\n')}\n`;
}

/** The findings (sorted) in the order the section lists them: by category in CATEGORIES order, then as sorted. */
export function findingsInShownOrder(sorted: readonly Finding[]): Finding[] {
  return CATEGORIES.flatMap((category) => sorted.filter((finding) => finding.category === category));
}

/** The section's first line: whose findings, how many of each severity, and the gate. */
export function markdownSummaryLine(report: Report, analyzer?: AnalyzerName): string {
  const findings = report.findings.filter((finding) => analyzer === undefined || finding.analyzer === analyzer);
  const title = `**predator-guard${analyzer === undefined ? '' : ` ${analyzer}`}**`;
  const gate = report.gate.passed ? 'gate passed' : 'gate failed';
  if (findings.length === 0) return report.gate.passed ? `${title}: ✅ No findings.` : `${title}: no findings · ${gate}`;
  const counts = countBySeverity(findings);
  const tally = SEVERITIES.filter((severity) => counts[severity] > 0).map((severity) => plural(counts[severity], severity));
  return `${title}: ${tally.join(', ')} · ${gate}`;
}

/** A failed or skipped run, in one line (the comment's sections use it too). */
export function runNote(run: AnalyzerRun): string {
  if (run.status === 'failed') return `⚠️ The ${run.analyzer} analyzer failed: ${escapeMarkdown(run.error ?? 'unknown error')}`;
  const reason = run.error === undefined ? '.' : `: ${escapeMarkdown(run.error)}`;
  return `⏭️ The ${run.analyzer} analyzer was skipped${reason}`;
}

/** Files an analyzer could not read, folded away but never dropped. */
export function skippedNote(run: AnalyzerRun): string[] {
  const skipped = skippedFiles(run);
  const omitted = skippedOmitted(run);
  if (skipped.length === 0) return [];
  const items = skipped.map(({ file, reason, detail }) => `- ${escapeMarkdown(file)}: ${escapeMarkdown(reason)}${detail === undefined ? '' : ` (${escapeMarkdown(detail)})`}`);
  if (omitted > 0) items.push(`- … and ${plural(omitted, 'more file')}`);
  return [`<details><summary>⏭️ ${plural(skipped.length + omitted, 'file')} not ${run.analyzer === 'review' ? 'reviewed' : 'linted'}</summary>\n\n${items.join('\n')}\n\n</details>`];
}

function categorySection(category: Category, count: number, findings: readonly Finding[], linkBase: string | undefined): string {
  const heading = `### ${CATEGORY_ICONS[category]} ${category[0].toUpperCase()}${category.slice(1)} (${count})`;
  const byFile = new Map<string | undefined, Finding[]>();
  for (const finding of findings) {
    const group = byFile.get(finding.file);
    if (group) group.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  const groups = [...byFile].map(([file, group]) => {
    const items = group.map((finding) => listItem(finding, linkBase)).join('\n');
    return file === undefined ? items : `**${escapeMarkdown(file)}**\n\n${items}`;
  });
  return [heading, ...groups].join('\n\n');
}

function listItem(finding: Finding, linkBase: string | undefined): string {
  const place = findingPlace(finding, linkBase);
  const item = `- ${place === undefined ? '' : `${place} — `}${escapeMarkdown(finding.message)} ${codeSpan(finding.rule)}`;
  if (finding.suggestion === undefined) return item;
  // A suggestion that is code (a CREATE INDEX to run) stays verbatim in a code span; prose is set in italics.
  if (finding.data?.suggestionLanguage !== undefined) return `${item}\n  - ${codeSpan(finding.suggestion.trim())}`;
  return `${item}\n  - _${escapeMarkdown(finding.suggestion.trim())}_`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
