import type { Analyzer } from '../core/analyzer.js';
/**
 * The query-plan audit of saved plans: every file of the `plan` setting is read, normalised and judged by the plan
 * rules, without a database. SQL files and a database URL belong to the database audit, which a later version
 * adds beside this path; until then they are refused rather than ignored, so nobody believes SQL was audited.
 */
export declare const queriesAnalyzer: Analyzer;
