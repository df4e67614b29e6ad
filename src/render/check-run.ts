import type { Finding, Severity } from '../core/finding.js';
import type { Report } from '../core/report.js';
import { renderMarkdown } from './markdown.js';

/** Check run `output.summary` and `output.text` hold at most this many characters. */
const OUTPUT_TEXT_LIMIT = 65_535;

/** The Checks API's annotation, as it is sent. */
export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  /** Only on a one-line annotation: GitHub rejects columns on a range of lines. */
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  message: string;
  title: string;
}

const ANNOTATION_LEVELS: Record<Severity, CheckRunAnnotation['annotation_level']> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice',
};

/** A finding as a check run annotation; one with no place in a file (a rollout verdict) cannot be one. */
export function checkRunAnnotationOf(finding: Finding): CheckRunAnnotation | undefined {
  if (finding.file === undefined) return undefined;
  const startLine = finding.line ?? 1;
  const endLine = Math.max(finding.endLine ?? startLine, startLine);
  const message = finding.suggestion === undefined ? finding.message : `${finding.message}\n\n${finding.suggestion}`;
  const annotation: CheckRunAnnotation = {
    path: finding.file,
    start_line: startLine,
    end_line: endLine,
    annotation_level: ANNOTATION_LEVELS[finding.severity],
    message,
    title: `${finding.analyzer}: ${finding.rule}`,
  };
  if (startLine !== endLine || finding.column === undefined) return annotation;
  return { ...annotation, start_column: finding.column, end_column: Math.max(finding.endColumn ?? finding.column, finding.column) };
}

/** What a check run shows of a report. */
export interface RenderedCheckRun {
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  /** Markdown, cut to the 65,535 characters GitHub accepts. */
  summary: string;
  annotations: CheckRunAnnotation[];
}

/** The check run of a report: the gate as its conclusion and title, the whole report as its summary, every placed finding annotated. */
export function renderCheckRun(report: Report): RenderedCheckRun {
  return {
    conclusion: report.gate.passed ? 'success' : 'failure',
    title: report.gate.passed ? 'predator-guard passed' : `predator-guard: ${report.gate.reason ?? 'failed'}`,
    summary: limitText(renderMarkdown(report)),
    annotations: report.findings.flatMap((finding) => checkRunAnnotationOf(finding) ?? []),
  };
}

function limitText(text: string): string {
  if (text.length <= OUTPUT_TEXT_LIMIT) return text;
  const note = '\n\n… (cut to the 65,535 characters a check run summary holds; the job summary has the whole report)';
  return `${text.slice(0, OUTPUT_TEXT_LIMIT - note.length)}${note}`;
}
