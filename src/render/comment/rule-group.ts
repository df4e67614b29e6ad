import { severityRank, type Finding } from '../../core/finding.js';
import { codeSpan, escapeHtml, escapeMarkdown, escapeMarkdownWithCode } from '../markdown-inline.js';
import { findingPlace } from '../finding-place.js';
import { queryStatementBlock } from './query-statement.js';
import { ruleLink } from './rule-docs-link.js';
import { SEVERITY_MARKERS } from './severity-marker.js';

/** Findings a rule group lists in the open; the rest fold into a <details> so one noisy rule cannot fill the comment. */
export const SHOWN_PER_GROUP = 10;

export interface RuleGroup {
  rule: string;
  /** Sorted by place (compareFindings). */
  findings: Finding[];
}

export interface GroupLinks {
  /** A blob URL ending in `/`: places become links to their lines. */
  linkBase?: string;
  /** The action's own docs/rules/ URL: rule ids become links to their pages. */
  docsBase?: string;
}

/** A category's findings (sorted) by rule: the group with the most severe finding first, then by rule id. */
export function ruleGroups(sorted: readonly Finding[]): RuleGroup[] {
  const byRule = new Map<string, Finding[]>();
  for (const finding of sorted) {
    const group = byRule.get(finding.rule);
    if (group) group.push(finding);
    else byRule.set(finding.rule, [finding]);
  }
  const worst = (findings: readonly Finding[]) => Math.min(...findings.map((finding) => severityRank(finding.severity)));
  return [...byRule]
    .map(([rule, findings]) => ({ rule, findings }))
    .sort((a, b) => worst(a.findings) - worst(b.findings) || a.rule.localeCompare(b.rule));
}

/**
 * One rule's findings: the rule (linked to its docs) with how many it found, its advice once, then a line per
 * finding with its severity, place and message; past SHOWN_PER_GROUP the rest in a <details>. `listed` are the
 * findings the comment has room for (its size cap), `total` how many the rule found.
 */
export function ruleGroupMarkdown(group: RuleGroup, total: number, links: GroupLinks): string {
  const advice = groupAdvice(group.findings);
  const header = `**${ruleLink(group.rule, links.docsBase)}** (${total})`;
  const items = group.findings.map((finding) => findingItem(finding, advice, links.linkBase));
  const open = items.slice(0, SHOWN_PER_GROUP).join('\n');
  const folded = items.slice(SHOWN_PER_GROUP);
  const blocks = [header];
  if (advice !== undefined) blocks.push(`> 💡 ${escapeMarkdownWithCode(advice)}`);
  blocks.push(open);
  if (folded.length > 0) {
    blocks.push(`<details><summary>${folded.length} more ${escapeHtml(group.rule)} finding${folded.length === 1 ? '' : 's'}</summary>\n\n${folded.join('\n')}\n\n</details>`);
  }
  return blocks.join('\n\n');
}

/** The prose suggestion most of the group's findings share (the first such on a tie), said once for the group. */
function groupAdvice(findings: readonly Finding[]): string | undefined {
  const counts = new Map<string, number>();
  for (const finding of findings) {
    const prose = proseSuggestion(finding);
    if (prose !== undefined) counts.set(prose, (counts.get(prose) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [text, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = text;
  return best;
}

function proseSuggestion(finding: Finding): string | undefined {
  if (finding.suggestion === undefined || finding.data?.suggestionLanguage !== undefined) return undefined;
  const text = finding.suggestion.trim();
  return text === '' ? undefined : text;
}

function findingItem(finding: Finding, advice: string | undefined, linkBase: string | undefined): string {
  const place = findingPlace(finding, linkBase);
  const lines = [`- ${SEVERITY_MARKERS[finding.severity]} · ${place === undefined ? '' : `${place} — `}${escapeMarkdownWithCode(finding.message)}`];
  const own = proseSuggestion(finding);
  // Code to run (a CREATE INDEX) belongs to its finding; prose other than the group's advice stays with its finding.
  if (finding.suggestion !== undefined && finding.data?.suggestionLanguage !== undefined) lines.push(`  - ${codeSpan(finding.suggestion.trim())}`);
  else if (own !== undefined && own !== advice) lines.push(`  - 💡 ${escapeMarkdownWithCode(own)}`);
  const statement = queryStatementBlock(finding);
  if (statement !== undefined) lines.push(statement.replace(/^(?=.)/gm, '  '));
  return lines.join('\n');
}

