import { SEVERITIES, compareFindings, severityRank, type Finding, type Severity } from '../core/finding.js';
import type { Report } from '../core/report.js';

/**
 * GitHub shows at most 10 annotations of each level per step from workflow commands and drops the rest silently,
 * so the renderer picks which ones get through and counts the others for the job summary.
 */
export const ANNOTATIONS_PER_LEVEL = 10;

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'notice' };

export interface RenderedAnnotations {
  /** `::error file=…,line=…::message` lines, ready for stdout. */
  commands: string[];
  /** Findings with a place in a file that did not fit, per severity. */
  omitted: Record<Severity, number>;
}

/** Workflow-command annotations for the findings that have a place in a file; the rest live in comment and summary. */
export function renderAnnotations(report: Report): RenderedAnnotations {
  const placed = report.findings
    .filter((finding) => finding.file !== undefined && finding.line !== undefined)
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || compareFindings(a, b));
  const shown: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const omitted: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const commands: string[] = [];
  for (const finding of placed) {
    if (shown[finding.severity] === ANNOTATIONS_PER_LEVEL) {
      omitted[finding.severity] += 1;
      continue;
    }
    shown[finding.severity] += 1;
    commands.push(annotationCommand(finding));
  }
  return { commands, omitted };
}

export function annotationCommand(finding: Finding): string {
  const properties: [string, string | number | undefined][] = [
    ['file', finding.file],
    ['line', finding.line],
    ['endLine', finding.endLine],
    // GitHub uses columns only for an annotation on one line.
    ['col', finding.endLine === finding.line ? finding.column : undefined],
    ['endColumn', finding.endLine === finding.line ? finding.endColumn : undefined],
    ['title', `predator-guard ${finding.rule}`],
  ];
  const props = properties
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  const message = finding.suggestion ? `${finding.message}\n${finding.suggestion}` : finding.message;
  return `::${COMMAND[finding.severity]} ${props}::${escapeData(message)}`;
}

/** The runner's own escaping (as @actions/core does): without it a message could end the command early. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function omittedTotal(omitted: Record<Severity, number>): number {
  return SEVERITIES.reduce((total, severity) => total + omitted[severity], 0);
}
