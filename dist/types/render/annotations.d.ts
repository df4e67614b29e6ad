import { type Finding, type Severity } from '../core/finding.js';
import type { Report } from '../core/report.js';
/**
 * GitHub shows at most 10 annotations of each level per step from workflow commands and drops the rest silently,
 * so the renderer picks which ones get through and counts the others for the job summary.
 */
export declare const ANNOTATIONS_PER_LEVEL = 10;
export interface RenderedAnnotations {
    /** `::error file=…,line=…::message` lines, ready for stdout. */
    commands: string[];
    /** Findings with a place in a file that did not fit, per severity. */
    omitted: Record<Severity, number>;
}
/** Workflow-command annotations for the findings that have a place in a file; the rest live in comment and summary. */
export declare function renderAnnotations(report: Report): RenderedAnnotations;
export declare function annotationCommand(finding: Finding): string;
export declare function omittedTotal(omitted: Record<Severity, number>): number;
