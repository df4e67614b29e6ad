import type { Palette } from '../text-palette.js';
import { auditFacts } from './audit-facts.js';
import type { AuditedQueries, ExplainedOn } from './audited-queries.js';
import { counted } from './count-wording.js';
import { estimateOnlyReason } from './explained-wording.js';
import { PLAIN_STYLE } from './inline-style.js';
import { notRunFix, notRunWording } from './not-run-wording.js';

/**
 * The queries runs for the terminal: one line of what was audited where (the database and its version, how the
 * statements were explained, the index advice), and a line more only for what the user should know: rules that
 * could not run and how to let them, statements whose plans are estimates only.
 */
export function queriesTextSections(audits: readonly AuditedQueries[], palette: Palette): string[] {
  return audits.map((audit) => [headline(audit, palette), ...notRunLines(audit, palette), ...estimateOnlyLines(audit.explainedOn, palette)].join('\n'));
}

function headline(audit: AuditedQueries, palette: Palette): string {
  return `${palette.bold('queries')}: ${auditFacts(audit, PLAIN_STYLE).join(' · ')}`;
}

function notRunLines(audit: AuditedQueries, palette: Palette): string[] {
  if (audit.notRun.length === 0) return [];
  const fix = notRunFix(audit, PLAIN_STYLE);
  return [palette.yellow(`  ⚠ ${notRunWording(audit.notRun, PLAIN_STYLE)}${fix === '' ? '' : `; ${fix}`}`)];
}

function estimateOnlyLines(on: ExplainedOn | undefined, palette: Palette): string[] {
  if (on === undefined || on.estimateOnly.length === 0) return [];
  return [palette.cyan(`  ℹ ${counted(on.estimateOnly.length, 'statement')} estimate-only (${estimateOnlyReason(on, PLAIN_STYLE)}): ${on.estimateOnly.join(', ')}`)];
}
