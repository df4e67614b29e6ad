import type { Analyzer } from '../core/analyzer.js';
/**
 * The code review: collect the files, review them (on several cores when there are many), and account for every
 * file that was not reviewed in the run's stats.
 */
export declare const reviewAnalyzer: Analyzer;
