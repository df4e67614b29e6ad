import type { Report } from '../core/report.js';
/**
 * A report written by an earlier run (its `report-file` output), for the job that posts it. It is data from a
 * pull request's run, so it is checked against the report's schema (each run's stats included) before anything of
 * it is used.
 */
export declare function readSavedReport(file: string): Report;
