import type { Finding } from './finding.js';
/** Findings a team has accepted for now: later runs hide them, matched by fingerprint, up to `count` each. */
export interface BaselineEntry {
    fingerprint: string;
    rule: string;
    file?: string;
    count: number;
    /** For people reading the file in review; not used for matching. */
    message: string;
}
export interface Baseline {
    version: 1;
    entries: BaselineEntry[];
}
export declare function readBaseline(file: string): Baseline;
export declare function baselineFrom(findings: readonly Finding[]): Baseline;
export declare function writeBaseline(file: string, baseline: Baseline): void;
export interface BaselineOutcome {
    kept: Finding[];
    hidden: number;
    /** Entries (with the count that went unmatched) whose findings are gone: fixed, or changed beyond recognition. */
    stale: BaselineEntry[];
}
export declare function applyBaseline(findings: readonly Finding[], baseline: Baseline): BaselineOutcome;
/** Drops what no longer matches and lowers counts to what still matches. */
export declare function pruneBaseline(baseline: Baseline, findings: readonly Finding[]): Baseline;
