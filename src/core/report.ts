import { SEVERITIES, compareFindings, severityRank, type AnalyzerName, type Finding, type Severity } from './finding.js';
import type { FailedRunStats, RunStats } from './run-stats.js';

export type FailOn = Severity | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = [...SEVERITIES, 'never'];

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
export type AnalyzerRun = { [Name in AnalyzerName]: CompletedRun<Name> | FailedRun<Name> }[AnalyzerName];

/** The completed runs of one analyzer, with their stats typed. */
export function completedRuns<Name extends AnalyzerName>(runs: readonly AnalyzerRun[], analyzer: Name): CompletedRun<Name>[] {
  return runs.filter((run): run is Extract<AnalyzerRun, CompletedRun<Name>> => run.analyzer === analyzer && run.status === 'ok') as CompletedRun<Name>[];
}

export interface Gate {
  failOn: FailOn;
  passed: boolean;
  counts: Record<Severity, number>;
  /** One line for a failed gate: what crossed the threshold, or which run failed. */
  reason?: string;
}

export interface Report {
  tool: { name: string; version: string };
  findings: Finding[];
  runs: AnalyzerRun[];
  gate: Gate;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/**
 * The gate is computed once, here. A failed run fails it whatever `failOn` says: a database that could not be
 * reached must never read as "no problems found".
 */
export function gate(findings: readonly Finding[], runs: readonly AnalyzerRun[], failOn: FailOn): Gate {
  const counts = countBySeverity(findings);
  const failedRuns = runs.filter((run) => run.status === 'failed');
  if (failedRuns.length > 0) {
    const names = failedRuns.map((run) => run.analyzer).join(', ');
    return { failOn, passed: false, counts, reason: `the ${names} analyzer failed: ${failedRuns[0].error ?? 'unknown error'}` };
  }
  if (failOn === 'never') return { failOn, passed: true, counts };
  const threshold = severityRank(failOn);
  const blocking = findings.filter((finding) => severityRank(finding.severity) <= threshold);
  if (blocking.length === 0) return { failOn, passed: true, counts };
  const noun = blocking.length === 1 ? 'finding' : 'findings';
  return { failOn, passed: false, counts, reason: `${blocking.length} ${noun} at or above '${failOn}'` };
}

export function buildReport(
  tool: Report['tool'],
  findings: readonly Finding[],
  runs: readonly AnalyzerRun[],
  failOn: FailOn,
): Report {
  const sorted = [...findings].sort(compareFindings);
  return { tool, findings: sorted, runs: [...runs], gate: gate(sorted, runs, failOn) };
}
