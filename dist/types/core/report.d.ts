import { type AnalyzerName, type Finding, type Severity } from './finding.js';
import type { FailedRunStats, RunStats } from './run-stats.js';
export type FailOn = Severity | 'never';
export declare const FAIL_ON_VALUES: readonly FailOn[];
export type RunStatus = 'ok' | 'skipped' | 'failed';
/** A run that completed, with the stats its analyzer reports (typed by `analyzer`). */
export interface CompletedRun<Name extends AnalyzerName = AnalyzerName> {
    analyzer: Name;
    status: 'ok';
    /** A note on a completed run, when there is one. */
    error?: string;
    stats: RunStats<Name>;
}
export interface FailedRun<Name extends AnalyzerName = AnalyzerName> {
    analyzer: Name;
    status: 'failed' | 'skipped';
    /** Names what went wrong (or why it was skipped) and how to fix it. */
    error?: string;
    stats: FailedRunStats;
}
/** One analyzer's run in the report: `analyzer` and `status` say what `stats` holds. */
export type AnalyzerRun = {
    [Name in AnalyzerName]: CompletedRun<Name> | FailedRun<Name>;
}[AnalyzerName];
/** The completed runs of one analyzer, with their stats typed. */
export declare function completedRuns<Name extends AnalyzerName>(runs: readonly AnalyzerRun[], analyzer: Name): CompletedRun<Name>[];
export interface Gate {
    failOn: FailOn;
    passed: boolean;
    counts: Record<Severity, number>;
    /** One line for a failed gate: what crossed the threshold, or which run failed. */
    reason?: string;
}
export interface Report {
    tool: {
        name: string;
        version: string;
    };
    findings: Finding[];
    runs: AnalyzerRun[];
    gate: Gate;
}
export declare function countBySeverity(findings: readonly Finding[]): Record<Severity, number>;
/**
 * The gate is computed once, here. A failed run fails it whatever `failOn` says: a database that could not be
 * reached must never read as "no problems found".
 */
export declare function gate(findings: readonly Finding[], runs: readonly AnalyzerRun[], failOn: FailOn): Gate;
export declare function buildReport(tool: Report['tool'], findings: readonly Finding[], runs: readonly AnalyzerRun[], failOn: FailOn): Report;
