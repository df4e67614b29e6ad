import type { LintRule } from '../lint/lint-rule.js';
/** R12: with neither condition, every measurement counts as Successful, so the metric never stops a bad canary. */
export declare const metricWithoutCondition: LintRule;
