import { canaryMetricFailed } from './canary-metric-failed.js';
import type { MetricRule } from '../../metrics/metric-rule.js';
import { canaryMetricUndecided } from './canary-metric-undecided.js';

/** The verdicts on template metrics the check measures itself, alphabetically. */
export const METRIC_RULES: readonly MetricRule[] = [canaryMetricFailed, canaryMetricUndecided];
