import type { LintRule } from '../lint/lint-rule.js';
/** R11: the analysis docs say a step analysis metric with count 0 is never executed, so the step checks nothing. */
export declare const stepAnalysisCountZero: LintRule;
