import type { Analyzer } from '../core/analyzer.js';
import { filesToReview } from '../core/diff/filter-findings.js';
import type { Finding } from '../core/finding.js';
import { collectFiles } from './files/collect-files.js';
import { reviewFiles, threadCount } from './review-pool.js';
import { withTestCodeDefaults } from './test-code.js';

/** Skipped files listed by name in the run's stats; more are counted. */
const SKIPPED_LISTED = 100;

/**
 * The code review: collect the files, review them (on several cores when there are many), and account for every
 * file that was not reviewed in the run's stats. When the config carries the change set, only changed files are
 * reviewed: findings elsewhere would be filtered out anyway, and parsing a large repository costs seconds.
 */
export const reviewAnalyzer: Analyzer<'review'> = {
  name: 'review',
  async run(config) {
    const started = performance.now();
    const onlyFiles = config.changes ? filesToReview(config.changes, config.filterMode) : undefined;
    const selection = collectFiles({ ...config, onlyFiles });
    const outcomes = await reviewFiles(selection.files, withTestCodeDefaults(config));
    const findings: Finding[] = outcomes.flatMap((outcome) => outcome.findings);
    const skipped = [...selection.skipped, ...outcomes.flatMap((outcome) => (outcome.skipped ? [outcome.skipped] : []))];
    skipped.sort((a, b) => a.file.localeCompare(b.file));
    // A vendored tree marked in .gitattributes can hold thousands of files: the first ones listed, the rest counted.
    const skippedOmitted = Math.max(0, skipped.length - SKIPPED_LISTED);
    const suppressed = { own: 0, peer: 0 };
    for (const outcome of outcomes) {
      suppressed.own += outcome.suppressed?.own ?? 0;
      suppressed.peer += outcome.suppressed?.peer ?? 0;
    }
    const languages = { python: 0, typescript: 0 };
    for (const file of selection.files) languages[file.language] += 1;
    return {
      findings,
      stats: {
        files: outcomes.filter((outcome) => !outcome.skipped).length,
        languages,
        bytes: outcomes.reduce((total, outcome) => total + outcome.bytes, 0),
        skipped: skipped.slice(0, SKIPPED_LISTED),
        ...(skippedOmitted > 0 ? { skippedOmitted } : {}),
        suppressed,
        workers: threadCount(config, selection.files),
        durationMs: Math.round(performance.now() - started),
      },
    };
  },
};
