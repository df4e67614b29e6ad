import type { AnalyzerName } from '../../src/core/finding.js';
import { completedRuns, type AnalyzerRun, type Report } from '../../src/core/report.js';
import type { AnalyzerStats, RunStats } from '../../src/core/run-stats.js';
import type { CanaryStats, RolloutStats } from '../../src/rollout/meta.js';

/** The least each analyzer reports about a run: what a hand-built report's run says when a test sets nothing. */
const QUIET_STATS: AnalyzerStats = {
  review: { files: 0, languages: { python: 0, typescript: 0 }, bytes: 0, skipped: [], workers: 1, durationMs: 0 },
  queries: { plans: 0, serverVersion: null, notRun: [], durationMs: 0 },
  rollout: { mode: 'lint', files: 0, manifests: { Rollout: 0, AnalysisTemplate: 0, ClusterAnalysisTemplate: 0 }, durationMs: 0 },
  migrations: { files: [], statements: 0, mode: 'static', durationMs: 0 },
};

/** A completed run whose stats hold `stats` over the quiet ones. */
export function completedRun<Name extends AnalyzerName>(analyzer: Name, stats: Partial<RunStats<Name>> = {}): AnalyzerRun {
  return { analyzer, status: 'ok', stats: { ...QUIET_STATS[analyzer], ...stats } } as AnalyzerRun;
}

/** The stats of the report's one completed run of `analyzer`. */
export function statsOf<Name extends AnalyzerName>(report: Report, analyzer: Name): RunStats<Name> {
  const [run] = completedRuns(report.runs, analyzer);
  if (!run) throw new Error(`the report has no completed ${analyzer} run`);
  return run.stats;
}

/** The objects a rollout run followed, as its stats carry them. */
export function followedOf(report: Report): (RolloutStats | CanaryStats)[] {
  const stats = statsOf(report, 'rollout');
  if (stats.mode !== 'follow') throw new Error(`the rollout run linted manifests; it followed nothing`);
  return stats.rollouts;
}
