import type { Severity } from '../core/finding.js';
import type { Report } from '../core/report.js';
import { renderMarkdown } from './markdown.js';

/** GitHub refuses a step summary over 1 MiB (and then shows none); keep clear of it. */
export const JOB_SUMMARY_LIMIT = 1024 * 1024 - 4096;

export interface JobSummaryOptions {
  linkBase?: string;
  /** Annotations GitHub would not have shown, per severity: the summary is where they are still listed. */
  omittedAnnotations?: Record<Severity, number>;
}

/** The whole report, every finding, for the run's summary page. */
export function renderJobSummary(report: Report, options: JobSummaryOptions = {}): string {
  const heading = '## predator-guard\n\n';
  const omitted = options.omittedAnnotations;
  const omittedCount = omitted ? omitted.error + omitted.warning + omitted.notice : 0;
  const note = omittedCount > 0 ? `\n> ${omittedCount} findings are listed here but not annotated in the diff: GitHub shows at most 10 annotations of each level per step.\n` : '';
  const body = renderMarkdown(report, { linkBase: options.linkBase });
  const whole = `${heading}${body}${note}`;
  if (Buffer.byteLength(whole) <= JOB_SUMMARY_LIMIT) return whole;
  const tail = `\n\n> The summary was cut at GitHub's 1 MiB limit; the full report is the JSON report file (output \`report-file\`).\n`;
  let cut = whole.slice(0, JOB_SUMMARY_LIMIT - tail.length);
  while (Buffer.byteLength(cut) + Buffer.byteLength(tail) > JOB_SUMMARY_LIMIT) cut = cut.slice(0, -1024);
  return `${cut.slice(0, cut.lastIndexOf('\n'))}${tail}`;
}
