import type { AnalyzerRun } from '../core/report.js';

/** A file an analyzer read but did not check, as the renderers list it. */
export interface SkippedFileView {
  file: string;
  reason: string;
  detail?: string;
}

/** The files a completed run left out: the review's unreadable files, the rollout lint's unrendered templates. */
export function skippedFiles(run: AnalyzerRun): readonly SkippedFileView[] {
  if (run.status !== 'ok') return [];
  if (run.analyzer === 'review') return run.stats.skipped;
  if (run.analyzer === 'rollout' && run.stats.mode === 'lint') return run.stats.skipped ?? [];
  return [];
}

/** How many more files a completed run left out than it lists: the review lists the first 100 and counts the rest. */
export function skippedOmitted(run: AnalyzerRun): number {
  return run.status === 'ok' && run.analyzer === 'review' ? (run.stats.skippedOmitted ?? 0) : 0;
}
