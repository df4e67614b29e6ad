import type { LintRule } from '../lint/lint-rule.js';
/** R19: dry-run metrics are measured but never affect the run's phase, so a template of only those gates nothing. */
export declare const allMetricsDryRun: LintRule;
