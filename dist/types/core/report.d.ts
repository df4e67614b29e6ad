import { type AnalyzerName, type Finding, type Severity } from './finding.js';
export type FailOn = Severity | 'never';
export declare const FAIL_ON_VALUES: readonly FailOn[];
export type RunStatus = 'ok' | 'skipped' | 'failed';
export interface AnalyzerRun {
    analyzer: AnalyzerName;
    status: RunStatus;
    /** Set when status is failed (or skipped, saying why): names what went wrong and how to fix it. */
    error?: string;
    stats: Record<string, unknown>;
}
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
