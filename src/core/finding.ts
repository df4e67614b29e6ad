/** The one type every analyzer produces and every renderer consumes. Data only: it crosses worker threads. */

export const ANALYZERS = ['review', 'queries', 'rollout', 'migrations'] as const;
export type AnalyzerName = (typeof ANALYZERS)[number];

/** Ordered from most to least severe; the gate and the renderers rely on this order. */
export const SEVERITIES = ['error', 'warning', 'notice'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORIES = [
  'syntax',
  'complexity',
  'performance',
  'antipattern',
  'release',
  'migration',
  'configuration',
  'hygiene',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_ICONS: Record<Category, string> = {
  syntax: '❌',
  complexity: '🔴',
  performance: '🟡',
  antipattern: '🟠',
  release: '🚦',
  migration: '🔒',
  configuration: '⚙️',
  hygiene: '🧹',
};

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

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** Sorts by file, then position, then rule, so every output is stable across runs and worker counts. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.rule.localeCompare(b.rule) ||
    a.message.localeCompare(b.message)
  );
}
