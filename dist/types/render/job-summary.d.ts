import type { Severity } from '../core/finding.js';
import type { Report } from '../core/report.js';
/** GitHub refuses a step summary over 1 MiB (and then shows none); keep clear of it. */
export declare const JOB_SUMMARY_LIMIT: number;
export interface JobSummaryOptions {
    linkBase?: string;
    /** Annotations GitHub would not have shown, per severity: the summary is where they are still listed. */
    omittedAnnotations?: Record<Severity, number>;
}
/** The whole report, every finding, for the run's summary page. */
export declare function renderJobSummary(report: Report, options?: JobSummaryOptions): string;
