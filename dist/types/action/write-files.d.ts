import type { Report } from '../core/report.js';
/** The JSON report, under RUNNER_TEMP so later steps (an artifact upload, a posting workflow) can pick it up. */
export declare function writeReportFile(report: Report, runnerTemp: string): string;
/** SARIF for github/codeql-action/upload-sarif, with paths relative to the checkout it was given. */
export declare function writeSarifFile(report: Report, file: string, root: string): string;
