import type { MigrationsRunStats } from '../migrations/meta.js';
import type { QueriesRunStats } from '../queries/meta.js';
import type { ReviewRunStats } from '../review/meta.js';
import type { RolloutRunStats } from '../rollout/meta.js';
import type { FilterMode } from './config/choices.js';
import type { AnalyzerName } from './finding.js';

/** What each analyzer reports about its run, as its meta.ts declares it. */
export interface AnalyzerStats {
  review: ReviewRunStats;
  queries: QueriesRunStats;
  rollout: RolloutRunStats;
  migrations: MigrationsRunStats;
}

/** What the diff filter did to a run's findings, when the run was of a change. */
export interface DiffStats {
  mode: FilterMode;
  changedFiles: number;
  filteredOut: number;
  /** The list of changed files was cut at GitHub's limit: every file was reviewed whole. */
  wholeFiles?: boolean;
}

/** What the baseline hid, added to the review's run (the baseline is the core's, and the review's run carries it). */
export interface BaselineStats {
  file: string;
  hidden: number;
  stale: number;
}

/** What the core adds to a completed run's stats: the diff filter's counts, and (on the review's run) the baseline's. */
export interface CoreRunStats {
  diff?: DiffStats;
  baseline?: BaselineStats;
}

/** A completed run's stats in the report: the analyzer's own, and what the core added. */
export type RunStats<Name extends AnalyzerName> = AnalyzerStats[Name] & CoreRunStats;

/** A failed or skipped run's stats: empty, or the baseline file when reading the baseline is what failed. */
export interface FailedRunStats {
  baseline?: string | BaselineStats;
}
