import { codeSpan, escapeMarkdown } from '../markdown-inline.js';
import { pathAsUri } from '../path-uri.js';
import { auditFacts } from './audit-facts.js';
import type { AuditedQueries, ExplainedOn } from './audited-queries.js';
import { counted, grouped } from './count-wording.js';
import { TABLES_IN_HEADLINE, estimateOnlyReason } from './explained-wording.js';
import { MARKDOWN_STYLE } from './inline-style.js';
import { notRunFix, notRunGroups, notRunWording } from './not-run-wording.js';

/**
 * The queries runs for the comment section and the job summary: one line of what was audited where, then, only
 * when there is something to know, a <details> whose summary says it at a glance (rules not run, estimate-only
 * statements) and whose body holds the lists. `linkBase` makes each estimate-only statement a link to its line.
 */
export function queriesMarkdownBlocks(audits: readonly AuditedQueries[], linkBase: string | undefined): string[] {
  return audits.flatMap((audit) => {
    const details = detailsBlock(audit, linkBase);
    return details === undefined ? [headline(audit)] : [headline(audit), details];
  });
}

function headline(audit: AuditedQueries): string {
  return `🐘 ${auditFacts(audit, MARKDOWN_STYLE).join(' · ')}`;
}

interface DetailPart {
  /** Plain text: GitHub does not render markdown inside <summary>. */
  summary: string;
  body: string;
}

function detailsBlock(audit: AuditedQueries, linkBase: string | undefined): string | undefined {
  const parts = [notRunPart(audit), estimateOnlyPart(audit.explainedOn, linkBase), rowCountsPart(audit.explainedOn)].filter((part): part is DetailPart => part !== undefined);
  if (parts.length === 0) return undefined;
  const summary = parts.map((part) => part.summary).join(' · ');
  return `<details><summary>${summary}</summary>\n\n${parts.map((part) => part.body).join('\n\n')}\n\n</details>`;
}

function notRunPart(audit: AuditedQueries): DetailPart | undefined {
  if (audit.notRun.length === 0) return undefined;
  const fix = notRunFix(audit, MARKDOWN_STYLE);
  const wording = notRunWording(audit.notRun, MARKDOWN_STYLE);
  const groups = notRunGroups(audit.notRun);
  return {
    summary: `⚠️ ${counted(audit.notRun.length, 'rule')} not run${groups.length === 1 ? ` without ${groups[0].without}` : ''}`,
    body: `⚠️ Rules ${wording}${fix === '' ? '' : `. To run them, ${fix}.`}`,
  };
}

function estimateOnlyPart(on: ExplainedOn | undefined, linkBase: string | undefined): DetailPart | undefined {
  if (on === undefined || on.estimateOnly.length === 0) return undefined;
  const items = on.estimateOnly.map((place) => `- ${placeLink(place, linkBase)}`);
  return {
    summary: `ℹ️ ${counted(on.estimateOnly.length, 'statement')} estimate-only`,
    body: `ℹ️ Estimate-only, ${estimateOnlyReason(on, MARKDOWN_STYLE)}:\n\n${items.join('\n')}`,
  };
}

/** Every table's rows, when the headline had room for only the largest. */
function rowCountsPart(on: ExplainedOn | undefined): DetailPart | undefined {
  if (on?.rowCounts === undefined || on.rowCounts.length <= TABLES_IN_HEADLINE) return undefined;
  const items = on.rowCounts.map(([table, rows]) => `- ${escapeMarkdown(table)}: ${grouped(rows)}`);
  return { summary: `rows of ${counted(on.rowCounts.length, 'table')}`, body: `Rows per table, as the plans saw them:\n\n${items.join('\n')}` };
}

/** `sql/orders.sql:4` as a link to that line when the comment knows the commit's blob URL. */
function placeLink(place: string, linkBase: string | undefined): string {
  const match = /^(.*):(\d+)$/.exec(place);
  if (linkBase === undefined || match === null) return codeSpan(place);
  return `[${escapeMarkdown(place)}](${linkBase}${pathAsUri(match[1])}#L${match[2]})`;
}
