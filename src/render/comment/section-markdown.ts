import { CATEGORIES, compareFindings, type AnalyzerName, type Category, type Finding } from '../../core/finding.js';
import { gate, type AnalyzerRun, type Report } from '../../core/report.js';
import { escapeMarkdown } from '../markdown-inline.js';
import { runNote, skippedNote } from '../markdown.js';
import { auditedQueries } from '../queries/audited-queries.js';
import { queriesMarkdownBlocks } from '../queries/queries-markdown.js';
import { followedRollouts } from '../rollout/followed-rollouts.js';
import { rolloutMarkdownBlocks } from '../rollout/rollout-markdown.js';
import { ruleGroupMarkdown, ruleGroups, type GroupLinks } from './rule-group.js';

export interface SectionMarkdownOptions extends GroupLinks {
  analyzer: AnalyzerName;
  /** The `section` input, shown in the heading. */
  section?: string;
  /**
   * List only this many findings, the first in the order shown; the caller says what became of the rest (the
   * comment's size cap). Category and rule headings still count every finding.
   */
  shownFindings?: number;
}

/**
 * One analyzer's section of the pull-request comment: a heading of its own (one level above its categories, so
 * sections do not run together), any failed run or unread files, the rollouts or audits it followed, then its
 * findings by category and, within one, by rule, each rule's advice said once. A clean section is its heading
 * alone: no news is good news.
 */
export function sectionMarkdown(report: Report, options: SectionMarkdownOptions): string {
  const inScope = (item: { analyzer: AnalyzerName }) => item.analyzer === options.analyzer;
  const findings = report.findings.filter(inScope).sort(compareFindings);
  const runs = report.runs.filter(inScope);
  const notes = [...runs.filter((run) => run.status !== 'ok').map(runNote), ...runs.flatMap(skippedNote)];
  const rollouts = rolloutMarkdownBlocks(followedRollouts(report, inScope));
  const title = sectionTitle(options.analyzer, options.section);
  if (findings.length === 0 && notes.length === 0 && rollouts.length === 0 && sectionGatePassed(report, options.analyzer)) {
    return `### ✅ ${title}: no findings`;
  }
  const shown = new Set(commentOrder(findings).slice(0, options.shownFindings ?? findings.length));
  const blocks = [
    `### ${title}`,
    ...notes,
    ...rollouts,
    ...queriesMarkdownBlocks(auditedQueries(report, inScope), options.linkBase),
    ...CATEGORIES.flatMap((category) => categoryBlocks(category, findings, shown, options)),
  ];
  return blocks.join('\n\n');
}

/** The heading's words: `review`, or `review (backend)` for a named section. */
export function sectionTitle(analyzer: string, section: string | undefined): string {
  return section === undefined || section === '' ? analyzer : `${analyzer} (${escapeMarkdown(section)})`;
}

/** The section's own gate: its analyzer's findings and runs against the report's `fail-on`. */
export function sectionGatePassed(report: Report, analyzer: AnalyzerName): boolean {
  const findings = report.findings.filter((finding) => finding.analyzer === analyzer);
  const runs = report.runs.filter((run: AnalyzerRun) => run.analyzer === analyzer);
  return gate(findings, runs, report.gate.failOn).passed;
}

/** The findings (sorted) in the order the section lists them: by category, then by rule group, then by place. */
export function commentOrder(sorted: readonly Finding[]): Finding[] {
  return CATEGORIES.flatMap((category) => ruleGroups(sorted.filter((finding) => finding.category === category)).flatMap((group) => group.findings));
}

function categoryBlocks(category: Category, findings: readonly Finding[], shown: ReadonlySet<Finding>, links: GroupLinks): string[] {
  const inCategory = findings.filter((finding) => finding.category === category);
  const groups = ruleGroups(inCategory);
  const listed = groups
    .map((group) => ({ group: { ...group, findings: group.findings.filter((finding) => shown.has(finding)) }, total: group.findings.length }))
    .filter(({ group }) => group.findings.length > 0);
  if (listed.length === 0) return [];
  const heading = `#### ${category[0].toUpperCase()}${category.slice(1)} (${inCategory.length})`;
  return [heading, ...listed.map(({ group, total }) => ruleGroupMarkdown(group, total, links))];
}
