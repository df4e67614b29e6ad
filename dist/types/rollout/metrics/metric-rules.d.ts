import type { MetricRule } from './metric-rule.js';
/** The verdicts on template metrics the check measures itself, alphabetically. */
export declare const METRIC_RULES: readonly MetricRule[];
