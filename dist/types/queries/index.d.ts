import type { Analyzer } from '../core/analyzer.js';
/**
 * The query-plan audit: saved plans (the `plan` setting) are judged as they are; SQL files (the `queries` setting)
 * are split, checked, explained statement by statement on a database (a server by URL, else the embedded one) and
 * their plans judged by the same rules.
 */
export declare const queriesAnalyzer: Analyzer<'queries'>;
