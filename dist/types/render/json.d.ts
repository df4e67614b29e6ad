import type { Report } from '../core/report.js';
/** The report exactly as the `Report` type describes it, for scripts and for the `--format json` output. */
export declare function renderJson(report: Report): string;
