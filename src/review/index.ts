import type { Analyzer } from '../core/analyzer.js';
import { filesToReview } from '../core/diff/filter-findings.js';
import type { Finding } from '../core/finding.js';
import { collectFiles } from './files/collect-files.js';
import { reviewFiles, threadCount } from './review-pool.js';
import { withTestCodeDefaults } from './test-code.js';

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
    const languages = { python: 0, typescript: 0 };
    for (const file of selection.files) languages[file.language] += 1;
    return {
      findings,
      stats: {
        files: outcomes.filter((outcome) => !outcome.skipped).length,
        languages,
        bytes: outcomes.reduce((total, outcome) => total + outcome.bytes, 0),
        skipped,
        workers: threadCount(config, selection.files),
        durationMs: Math.round(performance.now() - started),
      },
    };
  },
};
