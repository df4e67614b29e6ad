import type { Analyzer } from '../core/analyzer.js';
/**
 * The code review: collect the files, review them (on several cores when there are many), and account for every
 * file that was not reviewed in the run's stats. When the config carries the change set, only changed files are
 * reviewed: findings elsewhere would be filtered out anyway, and parsing a large repository costs seconds.
 */
export declare const reviewAnalyzer: Analyzer<'review'>;
