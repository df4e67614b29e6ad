import type { Finding } from '../core/finding.js';
import type { Report } from '../core/report.js';
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
/** A finding as a check run annotation; one with no place in a file (a rollout verdict) cannot be one. */
export declare function checkRunAnnotationOf(finding: Finding): CheckRunAnnotation | undefined;
/** What a check run shows of a report. */
export interface RenderedCheckRun {
    conclusion: 'success' | 'failure' | 'neutral';
    title: string;
    /** Markdown, cut to the 65,535 characters GitHub accepts. */
    summary: string;
    annotations: CheckRunAnnotation[];
}
/** The check run of a report: the gate as its conclusion and title, the whole report as its summary, every placed finding annotated. */
export declare function renderCheckRun(report: Report): RenderedCheckRun;
