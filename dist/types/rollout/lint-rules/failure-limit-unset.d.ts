import type { LintRule } from '../lint/lint-rule.js';
/** R13: the default failureLimit is 0, so one failed sample (a scrape gap, a spike) fails the metric and aborts. */
export declare const failureLimitUnset: LintRule;
