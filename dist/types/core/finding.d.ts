/** The one type every analyzer produces and every renderer consumes. Data only: it crosses worker threads. */
export declare const ANALYZERS: readonly ["review", "queries", "rollout"];
export type AnalyzerName = (typeof ANALYZERS)[number];
/** Ordered from most to least severe; the gate and the renderers rely on this order. */
export declare const SEVERITIES: readonly ["error", "warning", "notice"];
export type Severity = (typeof SEVERITIES)[number];
export declare const CATEGORIES: readonly ["syntax", "complexity", "performance", "antipattern", "release", "configuration", "hygiene"];
export type Category = (typeof CATEGORIES)[number];
export declare const CATEGORY_ICONS: Record<Category, string>;
/** 1-based lines; 1-based columns counted in UTF-16 code units, as SARIF counts them. */
export interface Location {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}
export interface Finding {
    analyzer: AnalyzerName;
    rule: string;
    category: Category;
    severity: Severity;
    message: string;
    /** Repository-relative, `/`-separated. Absent for findings with no place in a file. */
    file?: string;
    line?: number;
    column?: number;
    endLine?: number;
    endColumn?: number;
    suggestion?: string;
    fingerprint: string;
    data?: Record<string, unknown>;
}
export declare function severityRank(severity: Severity): number;
/** Sorts by file, then position, then rule, so every output is stable across runs and worker counts. */
export declare function compareFindings(a: Finding, b: Finding): number;
