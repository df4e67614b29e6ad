import type { SkippedFile } from './files/collect-files.js';

/**
 * What a review run reports in `runs[].stats`. Renderers read it back from the report, which may be a saved JSON
 * file, so this is the contract between the analyzer and every output that shows the run's facts.
 */
export interface ReviewRunStats {
  /** Files reviewed (read and parsed), not counting those skipped. */
  files: number;
  /** Files selected per language, skipped ones included. */
  languages: { python: number; typescript: number };
  bytes: number;
  /** Files that could not be reviewed, each with the reason: the outputs list them, never drop them. */
  skipped: SkippedFile[];
  /** Skipped files beyond the first 100 listed in `skipped`, counted only (a vendored tree can hold thousands). */
  skippedOmitted?: number;
  /** Findings hidden by suppression directives: our own (`predator-guard-ignore`) and peer linters' (absent in reports of older versions). */
  suppressed?: { own: number; peer: number };
  /** Threads that reviewed, the main one included. */
  workers: number;
  durationMs: number;
}

/**
 * The JSON Schema of these stats, for a saved report (the fork-safe pair posts a report an earlier job wrote): the
 * outputs read the stats as typed, so a report is checked against this before anything renders it.
 */
export const REVIEW_RUN_STATS_SCHEMA = {
  type: 'object',
  required: ['files', 'languages', 'bytes', 'skipped', 'workers', 'durationMs'],
  properties: {
    files: { type: 'integer' },
    languages: { type: 'object', required: ['python', 'typescript'], properties: { python: { type: 'integer' }, typescript: { type: 'integer' } } },
    bytes: { type: 'integer' },
    skipped: {
      type: 'array',
      items: { type: 'object', required: ['file', 'reason'], properties: { file: { type: 'string' }, reason: { type: 'string' }, detail: { type: 'string' } } },
    },
    skippedOmitted: { type: 'integer' },
    suppressed: { type: 'object', required: ['own', 'peer'], properties: { own: { type: 'integer' }, peer: { type: 'integer' } } },
    workers: { type: 'integer' },
    durationMs: { type: 'number' },
  },
};
